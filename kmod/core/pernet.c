// SPDX-License-Identifier: GPL-2.0
/*
 * pernet.c - module parameters, the protocol owner probe, one instance per
 * network namespace, the release notifier, module init and exit.
 *
 * Like rtnetlink, audit and genetlink, the module creates its kernel
 * socket in pernet_operations.init and keeps its state per namespace
 * (net_generic()): subscribers, configuration, timer, work and counters.
 * .exit tears them down; user sockets pin their namespace, so .exit runs
 * only when no user socket of it is left. The protocol number, the module
 * parameters, the per-user subscriber counts, the log rate limits and the
 * debugfs files (init_net's instance) are global.
 */

static int proto = NLKIT_PROTO_DEFAULT;
module_param(proto, int, 0444);
MODULE_PARM_DESC(proto, "Netlink protocol number (default " __stringify(NLKIT_PROTO_DEFAULT) ")");

static unsigned int timer_ms;
module_param(timer_ms, uint, 0444);
MODULE_PARM_DESC(timer_ms, "init_net's timer push period in ms at load, 0 = off (default 0)");

static unsigned int work_ms;
module_param(work_ms, uint, 0444);
MODULE_PARM_DESC(work_ms, "init_net's work push period in ms at load, 0 = off (default 0)");

static unsigned int max_subscribers = 4096;
module_param(max_subscribers, uint, 0444);
MODULE_PARM_DESC(max_subscribers, "Most subscribers per namespace, 1..65536 (default 4096)");

static unsigned int max_user_subscribers = 256;
module_param(max_user_subscribers, uint, 0444);
MODULE_PARM_DESC(max_user_subscribers, "Most subscriptions per user without CAP_NET_ADMIN, all namespaces together, 1..65536 (default 256)");

static bool nonroot_recv;
module_param(nonroot_recv, bool, 0444);
MODULE_PARM_DESC(nonroot_recv, "Let non-root sockets join multicast groups (NL_CFG_F_NONROOT_RECV)");

static bool nonroot_send;
module_param(nonroot_send, bool, 0444);
MODULE_PARM_DESC(nonroot_send, "Let non-root sockets send to other portids and groups (NL_CFG_F_NONROOT_SEND)");

static bool release_notify = true;
module_param(release_notify, bool, 0444);
MODULE_PARM_DESC(release_notify, "Drop a subscriber as soon as its socket closes (default on)");

static unsigned int nlkit_net_id __read_mostly;

static struct nlkit_net *nlkit_net(const struct net *net)
{
	return net_generic(net, nlkit_net_id);
}

static unsigned int nlkit_max_subs(void)
{
	return max_subscribers;
}

static unsigned int nlkit_max_user_subs(void)
{
	return max_user_subscribers;
}

/* Owners named by include/uapi/linux/netlink.h. */
static const char * const nlkit_proto_names[] = {
	[NETLINK_ROUTE]		= "NETLINK_ROUTE",
	[NETLINK_USERSOCK]	= "NETLINK_USERSOCK",
	[NETLINK_FIREWALL]	= "NETLINK_FIREWALL",
	[NETLINK_SOCK_DIAG]	= "NETLINK_SOCK_DIAG",
	[NETLINK_NFLOG]		= "NETLINK_NFLOG",
	[NETLINK_XFRM]		= "NETLINK_XFRM",
	[NETLINK_SELINUX]	= "NETLINK_SELINUX",
	[NETLINK_ISCSI]		= "NETLINK_ISCSI",
	[NETLINK_AUDIT]		= "NETLINK_AUDIT",
	[NETLINK_FIB_LOOKUP]	= "NETLINK_FIB_LOOKUP",
	[NETLINK_CONNECTOR]	= "NETLINK_CONNECTOR",
	[NETLINK_NETFILTER]	= "NETLINK_NETFILTER",
	[NETLINK_IP6_FW]	= "NETLINK_IP6_FW",
	[NETLINK_DNRTMSG]	= "NETLINK_DNRTMSG",
	[NETLINK_KOBJECT_UEVENT] = "NETLINK_KOBJECT_UEVENT",
	[NETLINK_GENERIC]	= "NETLINK_GENERIC",
	[NETLINK_SCSITRANSPORT]	= "NETLINK_SCSITRANSPORT",
	[NETLINK_ECRYPTFS]	= "NETLINK_ECRYPTFS",
	[NETLINK_RDMA]		= "NETLINK_RDMA",
	[NETLINK_CRYPTO]	= "NETLINK_CRYPTO",
	[NETLINK_SMC]		= "NETLINK_SMC",
};

/*
 * Refuse a protocol someone already registered. netlink_kernel_create()
 * would "succeed" on it through its already-registered path, ignoring our
 * groups, flags and module reference (user sockets would not pin us), so
 * probe first: netlink_create() makes a socket only for a registered
 * protocol, so a socket we can create means the protocol has an owner.
 * (EPROTONOSUPPORT means free; it may first try request_module().) The
 * registration is global, so one probe in init_net covers every
 * namespace: the load fails as a whole, never in some namespaces only.
 */
static int nlkit_proto_unowned(int proto)
{
	const char *owner = NULL;
	struct socket *sock;

	if (sock_create_kern(&init_net, PF_NETLINK, SOCK_RAW, proto, &sock))
		return 0;
	sock_release(sock);
	if ((unsigned int)proto < ARRAY_SIZE(nlkit_proto_names))
		owner = nlkit_proto_names[proto];
	if (owner)
		pr_err("netlink protocol %d is already in use by %s, not loading (use proto=N)\n",
		       proto, owner);
	else
		pr_err("netlink protocol %d is already in use, not loading (use proto=N)\n",
		       proto);
	return -EBUSY;
}

/* Everything a request needs, before the socket is live. */
static void nlkit_net_setup(struct nlkit_net *nn, struct net *net)
{
	nn->net = net;
	mutex_init(&nn->subs_lock);
	hash_init(nn->subs);
	hash_init(nn->portids);
	spin_lock_init(&nn->ev_lock);
	INIT_WORK(&nn->fanout, nlkit_fanout_fn);
	mutex_init(&nn->cfg_lock);
	strscpy(nn->name, KBUILD_MODNAME, sizeof(nn->name));
	timer_setup(&nn->timer, nlkit_timer_fn, 0);
	INIT_DELAYED_WORK(&nn->work, nlkit_work_fn);
}

static int __net_init nlkit_net_init(struct net *net)
{
	struct nlkit_net *nn = nlkit_net(net);
	struct netlink_kernel_cfg cfg = {
		.groups = NLKIT_MOD_GROUPS,
		.input = nlkit_input,
	};
	struct sock *sk;

	nlkit_net_setup(nn, net);
	if (nonroot_recv)
		cfg.flags |= NL_CFG_F_NONROOT_RECV;
	if (nonroot_send)
		cfg.flags |= NL_CFG_F_NONROOT_SEND;
	/* Live from here: requests find nn through net_generic(). */
	sk = netlink_kernel_create(net, proto, &cfg);
	if (!sk)
		return -ENOMEM;
	WRITE_ONCE(nn->sk, sk);
	/* Other namespaces start idle: no timer, no work until configured. */
	if (net_eq(net, &init_net)) {
		mutex_lock(&nn->cfg_lock);
		nlkit_set_timer(nn, timer_ms);
		nlkit_set_work(nn, work_ms);
		mutex_unlock(&nn->cfg_lock);
	}
	return 0;
}

static void __net_exit nlkit_net_exit(struct net *net)
{
	struct nlkit_net *nn = nlkit_net(net);

	/* Neither the timer nor the work re-arms itself after this. */
	WRITE_ONCE(nn->stopping, true);
	timer_shutdown_sync(&nn->timer);
	cancel_delayed_work_sync(&nn->work);
	cancel_work_sync(&nn->fanout);
	netlink_kernel_release(nn->sk);
	nlkit_subs_free(nn);
}

static struct pernet_operations nlkit_net_ops = {
	.init = nlkit_net_init,
	.exit = nlkit_net_exit,
	.id = &nlkit_net_id,
	.size = sizeof(struct nlkit_net),
};

/*
 * A user socket of our protocol closed. Its portid is free already, so
 * look for closed (SOCK_DEAD) subscribers on that portid only.
 */
static int nlkit_release_event(struct notifier_block *nb, unsigned long event,
			       void *ptr)
{
	struct netlink_notify *n = ptr;
	struct nlkit_net *nn;
	unsigned int gone;

	if (event != NETLINK_URELEASE || n->protocol != proto)
		return NOTIFY_DONE;
	nn = nlkit_net(n->net);
	if (!READ_ONCE(nn->nsubs))
		return NOTIFY_DONE;
	gone = nlkit_subs_released(nn, n->portid);
	if (gone)
		nlkit_add(nn, NLKIT_MOD_STAT_SUBS_RELEASED, gone);
	return NOTIFY_DONE;
}

static struct notifier_block nlkit_release_nb = {
	.notifier_call = nlkit_release_event,
};

static int nlkit_check_params(void)
{
	if (proto < 0 || proto >= MAX_LINKS) {
		pr_err("proto=%d is not a netlink protocol number (0..%d)\n",
		       proto, MAX_LINKS - 1);
		return -EINVAL;
	}
	if (!nlkit_period_ok(timer_ms) || !nlkit_period_ok(work_ms)) {
		pr_err("timer_ms/work_ms must be 0 or %u..%u\n",
		       NLKIT_MOD_PERIOD_MIN_MS, NLKIT_MOD_PERIOD_MAX_MS);
		return -EINVAL;
	}
	if (!max_subscribers || max_subscribers > NLKIT_SUBS_LIMIT) {
		pr_err("max_subscribers must be 1..%u\n", NLKIT_SUBS_LIMIT);
		return -EINVAL;
	}
	if (!max_user_subscribers || max_user_subscribers > NLKIT_SUBS_LIMIT) {
		pr_err("max_user_subscribers must be 1..%u\n",
		       NLKIT_SUBS_LIMIT);
		return -EINVAL;
	}
	return 0;
}

static int __init nlkit_module_init(void)
{
	int err;

	err = nlkit_check_params();
	if (!err)
		err = nlkit_proto_unowned(proto);
	if (err)
		return err;
	nlkit_log_init();
	err = register_pernet_subsys(&nlkit_net_ops);
	if (err) {
		pr_err("netlink protocol %d: %d creating the kernel sockets\n",
		       proto, err);
		return err;
	}
	/*
	 * After the instances exist: the notifier looks them up. A subscriber
	 * that closed before this is found SOCK_DEAD at the next push.
	 */
	if (release_notify) {
		err = netlink_register_notifier(&nlkit_release_nb);
		if (err) {
			unregister_pernet_subsys(&nlkit_net_ops);
			return err;
		}
	}
	nlkit_debugfs_init();
	pr_info("listening on netlink protocol %d (%u groups, timer %u ms, work %u ms)\n",
		proto, NLKIT_MOD_GROUPS, timer_ms, work_ms);
	return 0;
}

static void __exit nlkit_module_exit(void)
{
	nlkit_debugfs_exit();
	if (release_notify)
		netlink_unregister_notifier(&nlkit_release_nb);
	unregister_pernet_subsys(&nlkit_net_ops);
	pr_info("released netlink protocol %d\n", proto);
}

module_init(nlkit_module_init);
module_exit(nlkit_module_exit);
