// SPDX-License-Identifier: GPL-2.0
/*
 * requests.c - typed requests: policies, handlers, dispatch, input.
 *
 * netlink_rcv_skb() iterates the messages of a datagram and sends the
 * ACKs (with extended ACK text); each handler gets the parsed attributes.
 * The instance is the namespace's (net_generic() of the kernel socket's
 * namespace), ready before the socket exists; the kernel socket itself is
 * skb->sk, since a request may arrive before netlink_kernel_create()
 * returns. Admin requests need CAP_NET_ADMIN in the user namespace that
 * owns the network namespace (netlink_net_capable()), so a container's
 * root configures its own instance and never init_net's.
 */

static struct sk_buff *nlkit_reply_new(const struct nlkit_req *req,
				       size_t payload, struct nlmsghdr **nlh)
{
	/* Test hook (debugfs fail_replies): act as if memory ran out. */
	if (atomic_add_unless(&req->nn->fail_replies, -1, 0))
		return NULL;
	return nlkit_msg_new(payload, NETLINK_CB(req->skb).portid,
			     req->nlh->nlmsg_seq, req->nlh->nlmsg_type, 0,
			     GFP_KERNEL, nlh);
}

/* Finish and unicast a reply (consumes @skb) to the request's sender. */
static int nlkit_reply_send(const struct nlkit_req *req, struct sk_buff *skb,
			    struct nlmsghdr *nlh)
{
	int err;

	nlmsg_end(skb, nlh);
	err = netlink_unicast(req->sk, skb, NETLINK_CB(req->skb).portid,
			      MSG_DONTWAIT);
	if (err < 0)
		return err;
	nlkit_inc(req->nn, NLKIT_MOD_STAT_REPLIES_OUT);
	return 0;
}

static int nlkit_do_echo(const struct nlkit_req *req)
{
	const struct nlattr *data = req->tb[NLKIT_MOD_A_PAYLOAD];
	struct nlmsghdr *nlh;
	struct sk_buff *skb;

	if (NL_REQ_ATTR_CHECK(req->extack, NULL, req->tb, NLKIT_MOD_A_PAYLOAD)) {
		NL_SET_ERR_MSG(req->extack, "ECHO needs a PAYLOAD attribute");
		return -EINVAL;
	}
	skb = nlkit_reply_new(req, nla_total_size(nla_len(data)) +
			      nla_total_size(sizeof(u32)), &nlh);
	if (!skb)
		return -ENOMEM;
	if (nla_put(skb, NLKIT_MOD_A_PAYLOAD, nla_len(data), nla_data(data)) ||
	    nla_put_u32(skb, NLKIT_MOD_A_PORTID, NETLINK_CB(req->skb).portid)) {
		kfree_skb(skb);
		return -EMSGSIZE;
	}
	return nlkit_reply_send(req, skb, nlh);
}

static int nlkit_put_stats(struct sk_buff *skb, struct nlkit_net *nn)
{
	struct nlattr *nest;
	int i;

	nest = nla_nest_start(skb, NLKIT_MOD_A_STATS);
	if (!nest)
		return -EMSGSIZE;
	for (i = 0; i < __NLKIT_MOD_STAT_MAX; i++) {
		if (!nlkit_stat_valid(i))
			continue;
		if (nla_put_u64_64bit(skb, i, nlkit_stat(nn, i),
				      NLKIT_MOD_STAT_PAD)) {
			nla_nest_cancel(skb, nest);
			return -EMSGSIZE;
		}
	}
	nla_nest_end(skb, nest);
	return 0;
}

static int nlkit_do_get_stats(const struct nlkit_req *req)
{
	struct nlmsghdr *nlh;
	struct sk_buff *skb;

	skb = nlkit_reply_new(req, nla_total_size(sizeof(u32)) +
			      nla_total_size(0) + __NLKIT_MOD_STAT_MAX *
			      nla_total_size_64bit(sizeof(u64)), &nlh);
	if (!skb)
		return -ENOMEM;
	if (nla_put_u32(skb, NLKIT_MOD_A_PROTOCOL, req->sk->sk_protocol) ||
	    nlkit_put_stats(skb, req->nn)) {
		kfree_skb(skb);
		return -EMSGSIZE;
	}
	return nlkit_reply_send(req, skb, nlh);
}

static size_t nlkit_config_size(void)
{
	return nla_total_size(sizeof(u32)) * 7 +
	       nla_total_size(NLKIT_MOD_NAME_LEN);
}

/* cfg_lock held. */
static int nlkit_put_config(struct sk_buff *skb, struct nlkit_net *nn,
			    int proto)
{
	lockdep_assert_held(&nn->cfg_lock);
	if (nla_put_string(skb, NLKIT_MOD_A_NAME, nn->name) ||
	    nla_put_u32(skb, NLKIT_MOD_A_VERSION, NLKIT_MOD_VERSION) ||
	    nla_put_u32(skb, NLKIT_MOD_A_PROTOCOL, proto) ||
	    nla_put_u32(skb, NLKIT_MOD_A_GROUPS, NLKIT_MOD_GROUPS) ||
	    nla_put_u32(skb, NLKIT_MOD_A_MAX_SUBSCRIBERS, nlkit_max_subs()) ||
	    nla_put_u32(skb, NLKIT_MOD_A_TIMER_MS, nn->timer_ms) ||
	    nla_put_u32(skb, NLKIT_MOD_A_WORK_MS, nn->work_ms))
		return -EMSGSIZE;
	return 0;
}

static int nlkit_do_get_config(const struct nlkit_req *req)
{
	struct nlkit_net *nn = req->nn;
	struct nlmsghdr *nlh;
	struct sk_buff *skb;
	int err;

	skb = nlkit_reply_new(req, nlkit_config_size(), &nlh);
	if (!skb)
		return -ENOMEM;
	mutex_lock(&nn->cfg_lock);
	err = nlkit_put_config(skb, nn, req->sk->sk_protocol);
	mutex_unlock(&nn->cfg_lock);
	if (err) {
		kfree_skb(skb);
		return err;
	}
	return nlkit_reply_send(req, skb, nlh);
}

/*
 * Tell NLKIT_MOD_GRP_CONFIG listeners who changed the configuration.
 * Called under cfg_lock, so the message describes exactly the change it
 * follows and notifications go out in the order of the changes.
 */
static void nlkit_notify_config(const struct nlkit_req *req)
{
	struct nlkit_net *nn = req->nn;
	struct nlmsghdr *nlh;
	struct sk_buff *skb;

	lockdep_assert_held(&nn->cfg_lock);
	if (!netlink_has_listeners(req->sk, NLKIT_MOD_GRP_CONFIG)) {
		nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_SENT);
		nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_NO_LISTENER);
		return;
	}
	skb = nlkit_msg_new(nlkit_config_size() + nla_total_size(sizeof(u32)),
			    0, 0, NLKIT_MOD_MSG_CONFIG_CHANGED, 0, GFP_KERNEL,
			    &nlh);
	if (skb && (nlkit_put_config(skb, nn, req->sk->sk_protocol) ||
		    nla_put_u32(skb, NLKIT_MOD_A_PORTID,
				NETLINK_CB(req->skb).portid))) {
		kfree_skb(skb);
		skb = NULL;
	}
	if (skb)
		nlmsg_end(skb, nlh);
	nlkit_broadcast(nn, req->sk, skb, NLKIT_MOD_GRP_CONFIG, GFP_KERNEL);
}

static int nlkit_check_period(const struct nlkit_req *req, int type)
{
	const struct nlattr *attr = req->tb[type];

	if (attr && !nlkit_period_ok(nla_get_u32(attr))) {
		NL_SET_ERR_MSG_ATTR(req->extack, attr,
				    "period must be 0 (off) or 10..3600000 ms");
		return -ERANGE;
	}
	return 0;
}

static void nlkit_reset_stats(struct nlkit_net *nn)
{
	int i;

	for (i = 0; i < __NLKIT_MOD_STAT_MAX; i++)
		atomic64_set(&nn->stats[i], 0);
}

static int nlkit_do_set_config(const struct nlkit_req *req)
{
	struct nlkit_net *nn = req->nn;
	struct nlattr **tb = req->tb;
	int err;

	if (!tb[NLKIT_MOD_A_TIMER_MS] && !tb[NLKIT_MOD_A_WORK_MS] &&
	    !tb[NLKIT_MOD_A_NAME] && !tb[NLKIT_MOD_A_RESET_STATS]) {
		NL_SET_ERR_MSG(req->extack,
			       "SET_CONFIG needs TIMER_MS, WORK_MS, NAME or RESET_STATS");
		return -EINVAL;
	}
	err = nlkit_check_period(req, NLKIT_MOD_A_TIMER_MS);
	if (!err)
		err = nlkit_check_period(req, NLKIT_MOD_A_WORK_MS);
	if (err)
		return err;

	mutex_lock(&nn->cfg_lock);
	if (tb[NLKIT_MOD_A_NAME])
		nla_strscpy(nn->name, tb[NLKIT_MOD_A_NAME], sizeof(nn->name));
	if (tb[NLKIT_MOD_A_TIMER_MS])
		nlkit_set_timer(nn, nla_get_u32(tb[NLKIT_MOD_A_TIMER_MS]));
	if (tb[NLKIT_MOD_A_WORK_MS])
		nlkit_set_work(nn, nla_get_u32(tb[NLKIT_MOD_A_WORK_MS]));
	if (tb[NLKIT_MOD_A_RESET_STATS])
		nlkit_reset_stats(nn);
	nlkit_notify_config(req);
	mutex_unlock(&nn->cfg_lock);
	return 0;
}

/*
 * SUBSCRIBE: reply with the subscription's COOKIE (then the ACK). The
 * reply is allocated first: a subscription is made only if its cookie can
 * be told, and undone if the reply cannot be delivered.
 */
static int nlkit_do_subscribe(const struct nlkit_req *req)
{
	bool limited = !netlink_capable(req->skb, CAP_NET_ADMIN);
	struct nlmsghdr *nlh;
	struct sk_buff *skb;
	u64 cookie = 0;
	int err;

	skb = nlkit_reply_new(req, nla_total_size_64bit(sizeof(u64)), &nlh);
	if (!skb)
		return -ENOMEM;
	err = nlkit_sub_add(req->nn, req->skb, limited, &cookie);
	if (err) {
		kfree_skb(skb);
		if (err == -EEXIST) {
			NL_SET_ERR_MSG(req->extack, "already subscribed");
		} else if (err == -ENOSPC) {
			nlkit_inc(req->nn, NLKIT_MOD_STAT_SUBSCRIBE_REJECTED);
			NL_SET_ERR_MSG(req->extack, "subscriber limit reached");
		} else if (err == -EDQUOT) {
			nlkit_inc(req->nn, NLKIT_MOD_STAT_SUBSCRIBE_REJECTED);
			NL_SET_ERR_MSG(req->extack,
				       "per-user subscriber limit reached");
		}
		return err;
	}
	/* Cannot fail: the reply was sized for exactly this attribute. */
	nla_put_u64_64bit(skb, NLKIT_MOD_A_COOKIE, cookie, NLKIT_MOD_A_PAD);
	err = nlkit_reply_send(req, skb, nlh);
	if (err)
		nlkit_sub_del(req->nn, NETLINK_CB(req->skb).sk);
	return err;
}

static int nlkit_do_unsubscribe(const struct nlkit_req *req)
{
	int err = nlkit_sub_del(req->nn, NETLINK_CB(req->skb).sk);

	if (err)
		NL_SET_ERR_MSG(req->extack, "not subscribed");
	return err;
}

static int nlkit_do_trigger(const struct nlkit_req *req)
{
	const struct nlattr *group = req->tb[NLKIT_MOD_A_GROUP];
	struct nlmsghdr *nlh;
	struct sk_buff *skb;
	u64 seq;

	/*
	 * Allocate the reply before firing: once the event is out, the only
	 * answer left is its SEQ, so an -ENOMEM must come before (a retry
	 * then fires it once, never twice).
	 */
	skb = nlkit_reply_new(req, nla_total_size_64bit(sizeof(u64)), &nlh);
	if (!skb)
		return -ENOMEM;
	seq = nlkit_fire(req->nn, req->sk, NLKIT_MOD_SRC_REQUEST,
			 group ? nla_get_u32(group) : NLKIT_MOD_GRP_EVENTS,
			 req->tb[NLKIT_MOD_A_PAYLOAD], GFP_KERNEL);
	/* The reply comes after the event's pushes. */
	flush_work(&req->nn->fanout);
	/* Cannot fail: the reply was sized for exactly this attribute. */
	nla_put_u64_64bit(skb, NLKIT_MOD_A_SEQ, seq, NLKIT_MOD_A_PAD);
	return nlkit_reply_send(req, skb, nlh);
}

static int nlkit_subs_dump(struct sk_buff *skb, struct netlink_callback *cb)
{
	struct nlkit_net *nn = nlkit_net(sock_net(skb->sk));
	long idx = 0, skip = cb->args[0];
	struct nlkit_sub *sub;
	struct nlmsghdr *nlh;
	int bkt;

	mutex_lock(&nn->subs_lock);
	cb->seq = nn->subs_gen;
	hash_for_each(nn->subs, bkt, sub, by_sk) {
		if (idx < skip) {
			idx++;
			continue;
		}
		nlh = nlmsg_put(skb, NETLINK_CB(cb->skb).portid,
				cb->nlh->nlmsg_seq, NLKIT_MOD_MSG_GET_SUBSCRIBERS,
				0, NLM_F_MULTI);
		if (!nlh)
			break;
		if (nla_put_u32(skb, NLKIT_MOD_A_PORTID, sub->portid)) {
			nlmsg_cancel(skb, nlh);
			break;
		}
		nl_dump_check_consistent(cb, nlh);
		nlmsg_end(skb, nlh);
		idx++;
	}
	mutex_unlock(&nn->subs_lock);

	cb->args[0] = idx;
	return skb->len;
}

static int nlkit_do_get_subscribers(const struct nlkit_req *req)
{
	struct netlink_dump_control ctl = {
		.dump = nlkit_subs_dump,
	};

	if ((req->nlh->nlmsg_flags & NLM_F_DUMP) != NLM_F_DUMP) {
		NL_SET_ERR_MSG(req->extack, "GET_SUBSCRIBERS needs NLM_F_DUMP");
		return -EOPNOTSUPP;
	}
	/* Returns -EINTR once the dump runs: no ACK, NLMSG_DONE ends it. */
	return netlink_dump_start(req->sk, req->skb, req->nlh, &ctl);
}

static const struct nla_policy nlkit_empty_policy[NLKIT_MOD_A_MAX + 1] = {
};

static const struct nla_policy nlkit_echo_policy[NLKIT_MOD_A_MAX + 1] = {
	[NLKIT_MOD_A_PAYLOAD] = { .type = NLA_BINARY,
				  .len = NLKIT_MOD_PAYLOAD_MAX },
};

/* Not const: 6.1 declares nla_policy.range without const. */
static struct netlink_range_validation nlkit_period_range = {
	.max = NLKIT_MOD_PERIOD_MAX_MS,
};

static const struct nla_policy nlkit_config_policy[NLKIT_MOD_A_MAX + 1] = {
	[NLKIT_MOD_A_TIMER_MS] = NLA_POLICY_FULL_RANGE(NLA_U32,
						       &nlkit_period_range),
	[NLKIT_MOD_A_WORK_MS] = NLA_POLICY_FULL_RANGE(NLA_U32,
						      &nlkit_period_range),
	[NLKIT_MOD_A_NAME] = { .type = NLA_NUL_STRING,
			       .len = NLKIT_MOD_NAME_LEN - 1 },
	[NLKIT_MOD_A_RESET_STATS] = { .type = NLA_FLAG },
};

static const struct nla_policy nlkit_trigger_policy[NLKIT_MOD_A_MAX + 1] = {
	[NLKIT_MOD_A_GROUP] = NLA_POLICY_RANGE(NLA_U32, 1, NLKIT_MOD_GROUPS),
	[NLKIT_MOD_A_PAYLOAD] = { .type = NLA_BINARY,
				  .len = NLKIT_MOD_PAYLOAD_MAX },
};

struct nlkit_handler {
	int (*doit)(const struct nlkit_req *req);
	const struct nla_policy *policy;
	bool admin;			/* CAP_NET_ADMIN over the namespace */
};

static const struct nlkit_handler nlkit_handlers[] = {
	[NLKIT_MOD_MSG_ECHO - NLMSG_MIN_TYPE] = {
		nlkit_do_echo, nlkit_echo_policy },
	[NLKIT_MOD_MSG_GET_STATS - NLMSG_MIN_TYPE] = {
		nlkit_do_get_stats, nlkit_empty_policy },
	[NLKIT_MOD_MSG_SET_CONFIG - NLMSG_MIN_TYPE] = {
		nlkit_do_set_config, nlkit_config_policy, true },
	[NLKIT_MOD_MSG_GET_CONFIG - NLMSG_MIN_TYPE] = {
		nlkit_do_get_config, nlkit_empty_policy },
	[NLKIT_MOD_MSG_SUBSCRIBE - NLMSG_MIN_TYPE] = {
		nlkit_do_subscribe, nlkit_empty_policy },
	[NLKIT_MOD_MSG_UNSUBSCRIBE - NLMSG_MIN_TYPE] = {
		nlkit_do_unsubscribe, nlkit_empty_policy },
	[NLKIT_MOD_MSG_TRIGGER - NLMSG_MIN_TYPE] = {
		nlkit_do_trigger, nlkit_trigger_policy, true },
	[NLKIT_MOD_MSG_GET_SUBSCRIBERS - NLMSG_MIN_TYPE] = {
		nlkit_do_get_subscribers, nlkit_empty_policy },
};

static int nlkit_dispatch(struct nlkit_req *req)
{
	const struct nlkit_handler *h = NULL;
	unsigned int idx = req->nlh->nlmsg_type - NLMSG_MIN_TYPE;
	struct nlattr *tb[NLKIT_MOD_A_MAX + 1];
	int err;

	if (idx < ARRAY_SIZE(nlkit_handlers))
		h = &nlkit_handlers[idx];
	if (!h || !h->doit) {
		NL_SET_ERR_MSG(req->extack,
			       "unknown or kernel-to-user message type");
		return -EOPNOTSUPP;
	}
	if (h->admin && !netlink_net_capable(req->skb, CAP_NET_ADMIN)) {
		NL_SET_ERR_MSG(req->extack, "CAP_NET_ADMIN required");
		return -EPERM;
	}
	err = nlmsg_parse(req->nlh, 0, tb, NLKIT_MOD_A_MAX, h->policy,
			  req->extack);
	if (err)
		return err;
	req->tb = tb;
	return h->doit(req);
}

static int nlkit_rcv_msg(struct sk_buff *skb, struct nlmsghdr *nlh,
			 struct netlink_ext_ack *extack)
{
	struct nlkit_req req = {
		.nn = nlkit_net(sock_net(skb->sk)),
		/* Our kernel socket: netlink_unicast_kernel() sets skb->sk. */
		.sk = skb->sk,
		.skb = skb,
		.nlh = nlh,
		.extack = extack,
	};
	int err;

	err = nlkit_dispatch(&req);
	if (err && err != -EINTR)
		nlkit_inc(req.nn, NLKIT_MOD_STAT_ERRORS);
	return err;
}

static void nlkit_input(struct sk_buff *skb)
{
	nlkit_scan(nlkit_net(sock_net(skb->sk)), skb);
	netlink_rcv_skb(skb, nlkit_rcv_msg);
}
