// SPDX-License-Identifier: GPL-2.0
/*
 * nlkit_core.c - netlink endpoint shared by netlink_mod_a and netlink_mod_b.
 *
 * This file is not built on its own: each module includes it, so each
 * module has a private copy with its own parameters and state.
 *
 * What it does (protocol: include/uapi/nlkit_mod.h, docs/module-protocol.md):
 *  - logs "bare" messages (the seed's: no NLM_F_REQUEST or a type below
 *    NLMSG_MIN_TYPE) with the sender's portid and the escaped text;
 *  - answers typed requests through netlink_rcv_skb(), so NLM_F_ACK and
 *    extended ACKs work;
 *  - pushes events to subscribed portids (unicast) and broadcasts them to
 *    multicast groups, from a timer (atomic), a delayed work (process
 *    context), a debugfs file and a TRIGGER request.
 *
 * Locking: subs_lock (spinlock, BH-safe) guards the subscriber table; it is
 * taken from the timer, so never sleep under it. cfg_lock (mutex) serialises
 * SET_CONFIG and guards the name. Counters are atomic64_t. A user socket of
 * our protocol pins the module (netlink_create() takes a module reference),
 * so no request is in flight when the module unloads.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/debugfs.h>
#include <linux/hashtable.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/netlink.h>
#include <linux/ratelimit.h>
#include <linux/seq_file.h>
#include <linux/skbuff.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/timer.h>
#include <linux/workqueue.h>
#include <net/net_namespace.h>
#include <net/netlink.h>
#include <net/sock.h>

#include <uapi/nlkit_mod.h>

#include "nlkit_core.h"

/*
 * Current mainline names, with shims for kernels that predate them. The
 * shims test for the macro, not the version: Debian's 6.1 already has
 * timer_shutdown_sync() and timer_delete_sync() (functions), while
 * timer_container_of() replaces the from_timer() macro in newer kernels.
 */
#ifndef timer_container_of
#define timer_container_of(var, t, field)	from_timer(var, t, field)
#endif

#define NLKIT_SUBS_HASH_BITS	8
#define NLKIT_SUBS_LIMIT	65536
#define NLKIT_LOG_BUF		256	/* escaped text in one log line */

static unsigned int timer_ms;
module_param(timer_ms, uint, 0444);
MODULE_PARM_DESC(timer_ms, "Timer push period in ms at load, 0 = off (default 0)");

static unsigned int work_ms;
module_param(work_ms, uint, 0444);
MODULE_PARM_DESC(work_ms, "Work push period in ms at load, 0 = off (default 0)");

static unsigned int max_subscribers = 4096;
module_param(max_subscribers, uint, 0444);
MODULE_PARM_DESC(max_subscribers, "Most subscribed portids, 1..65536 (default 4096)");

static bool nonroot_recv;
module_param(nonroot_recv, bool, 0444);
MODULE_PARM_DESC(nonroot_recv, "Let non-root sockets join multicast groups (NL_CFG_F_NONROOT_RECV)");

static bool nonroot_send;
module_param(nonroot_send, bool, 0444);
MODULE_PARM_DESC(nonroot_send, "Let non-root sockets send to other portids and groups (NL_CFG_F_NONROOT_SEND)");

static bool release_notify = true;
module_param(release_notify, bool, 0444);
MODULE_PARM_DESC(release_notify, "Drop a subscriber as soon as its socket closes (default on)");

struct nlkit_sub {
	struct hlist_node node;
	u32 portid;
};

struct nlkit_core {
	struct sock *sk;
	int proto;
	unsigned int max_subs;

	spinlock_t subs_lock;		/* subs, nsubs, subs_gen */
	DECLARE_HASHTABLE(subs, NLKIT_SUBS_HASH_BITS);
	unsigned int nsubs;
	u32 subs_gen;			/* changes on every add/remove */

	struct mutex cfg_lock;		/* name; serialises SET_CONFIG */
	char name[NLKIT_MOD_NAME_LEN];
	unsigned int timer_ms;		/* READ_ONCE outside cfg_lock */
	unsigned int work_ms;
	bool stopping;

	struct timer_list timer;
	struct delayed_work work;
	struct notifier_block release_nb;
	bool notifier_on;
	struct dentry *dbg;
	struct ratelimit_state log_rs;

	atomic_t fail_replies;		/* debugfs: fail the next N replies */
	atomic64_t seq;			/* last event sequence number */
	atomic64_t stats[__NLKIT_MOD_STAT_MAX];
};

static const char * const nlkit_stat_names[__NLKIT_MOD_STAT_MAX] = {
	[NLKIT_MOD_STAT_MSGS_IN]		= "msgs_in",
	[NLKIT_MOD_STAT_BARE_IN]		= "bare_in",
	[NLKIT_MOD_STAT_REQUESTS_IN]		= "requests_in",
	[NLKIT_MOD_STAT_ERRORS]			= "errors",
	[NLKIT_MOD_STAT_REPLIES_OUT]		= "replies_out",
	[NLKIT_MOD_STAT_SUBSCRIBERS]		= "subscribers",
	[NLKIT_MOD_STAT_SUBSCRIBE_REJECTED]	= "subscribe_rejected",
	[NLKIT_MOD_STAT_EVENTS]			= "events",
	[NLKIT_MOD_STAT_EVENTS_TIMER]		= "events_timer",
	[NLKIT_MOD_STAT_EVENTS_WORK]		= "events_work",
	[NLKIT_MOD_STAT_EVENTS_TRIGGER]		= "events_trigger",
	[NLKIT_MOD_STAT_EVENTS_REQUEST]		= "events_request",
	[NLKIT_MOD_STAT_PUSH_SENT]		= "push_sent",
	[NLKIT_MOD_STAT_PUSH_DELIVERED]		= "push_delivered",
	[NLKIT_MOD_STAT_PUSH_DROPPED]		= "push_dropped",
	[NLKIT_MOD_STAT_PUSH_GONE]		= "push_gone",
	[NLKIT_MOD_STAT_SUBS_RELEASED]		= "subs_released",
	[NLKIT_MOD_STAT_BCAST_SENT]		= "bcast_sent",
	[NLKIT_MOD_STAT_BCAST_DELIVERED]	= "bcast_delivered",
	[NLKIT_MOD_STAT_BCAST_NO_LISTENER]	= "bcast_no_listener",
	[NLKIT_MOD_STAT_BCAST_FAILED]		= "bcast_failed",
};

static const u8 nlkit_src_stat[] = {
	[NLKIT_MOD_SRC_TIMER]	= NLKIT_MOD_STAT_EVENTS_TIMER,
	[NLKIT_MOD_SRC_WORK]	= NLKIT_MOD_STAT_EVENTS_WORK,
	[NLKIT_MOD_SRC_TRIGGER]	= NLKIT_MOD_STAT_EVENTS_TRIGGER,
	[NLKIT_MOD_SRC_REQUEST]	= NLKIT_MOD_STAT_EVENTS_REQUEST,
};

static void nlkit_inc(struct nlkit_core *core, int stat)
{
	atomic64_inc(&core->stats[stat]);
}

static u64 nlkit_stat(struct nlkit_core *core, int stat)
{
	if (stat == NLKIT_MOD_STAT_SUBSCRIBERS)
		return READ_ONCE(core->nsubs);
	return atomic64_read(&core->stats[stat]);
}

static bool nlkit_stat_valid(int stat)
{
	return stat > NLKIT_MOD_STAT_UNSPEC && stat != NLKIT_MOD_STAT_PAD;
}

/* ---- subscribers ------------------------------------------------------ */

static struct nlkit_sub *nlkit_sub_find(struct nlkit_core *core, u32 portid)
{
	struct nlkit_sub *sub;

	hash_for_each_possible(core->subs, sub, node, portid)
		if (sub->portid == portid)
			return sub;
	return NULL;
}

static int nlkit_sub_add(struct nlkit_core *core, u32 portid)
{
	struct nlkit_sub *sub;
	int err = 0;

	sub = kzalloc(sizeof(*sub), GFP_KERNEL);
	if (!sub)
		return -ENOMEM;
	sub->portid = portid;

	spin_lock_bh(&core->subs_lock);
	if (nlkit_sub_find(core, portid)) {
		err = -EEXIST;
	} else if (core->nsubs >= core->max_subs) {
		err = -ENOSPC;
	} else {
		hash_add(core->subs, &sub->node, portid);
		WRITE_ONCE(core->nsubs, core->nsubs + 1);
		core->subs_gen++;
	}
	spin_unlock_bh(&core->subs_lock);

	if (err)
		kfree(sub);
	return err;
}

/* Callable from any context: the timer removes subscribers that are gone. */
static int nlkit_sub_del(struct nlkit_core *core, u32 portid)
{
	struct nlkit_sub *sub;

	spin_lock_bh(&core->subs_lock);
	sub = nlkit_sub_find(core, portid);
	if (sub) {
		hash_del(&sub->node);
		WRITE_ONCE(core->nsubs, core->nsubs - 1);
		core->subs_gen++;
	}
	spin_unlock_bh(&core->subs_lock);

	kfree(sub);
	return sub ? 0 : -ENOENT;
}

static void nlkit_subs_free(struct nlkit_core *core)
{
	struct hlist_node *tmp;
	struct nlkit_sub *sub;
	int bkt;

	spin_lock_bh(&core->subs_lock);
	hash_for_each_safe(core->subs, bkt, tmp, sub, node) {
		hash_del(&sub->node);
		kfree(sub);
	}
	core->nsubs = 0;
	spin_unlock_bh(&core->subs_lock);
}

/*
 * Copy the subscribed portids, so that the sends run without the lock.
 * Returns the number copied; *ports is NULL when there is none.
 */
static unsigned int nlkit_subs_snapshot(struct nlkit_core *core, u32 **ports,
					gfp_t gfp)
{
	struct nlkit_sub *sub;
	unsigned int n, i = 0;
	int bkt;

	*ports = NULL;
	n = READ_ONCE(core->nsubs);
	if (!n)
		return 0;
	*ports = kmalloc_array(n, sizeof(**ports), gfp | __GFP_NOWARN);
	if (!*ports) {
		/* Count every subscriber we could not reach as a drop. */
		atomic64_add(n, &core->stats[NLKIT_MOD_STAT_PUSH_SENT]);
		atomic64_add(n, &core->stats[NLKIT_MOD_STAT_PUSH_DROPPED]);
		return 0;
	}

	spin_lock_bh(&core->subs_lock);
	hash_for_each(core->subs, bkt, sub, node)
		if (i < n)
			(*ports)[i++] = sub->portid;
	spin_unlock_bh(&core->subs_lock);
	return i;
}

/* ---- building and sending messages ------------------------------------ */

static struct sk_buff *nlkit_msg_new(size_t payload, u32 portid, u32 seq,
				     u16 type, u16 flags, gfp_t gfp,
				     struct nlmsghdr **nlh)
{
	struct sk_buff *skb;

	skb = nlmsg_new(payload, gfp);
	if (!skb)
		return NULL;
	*nlh = nlmsg_put(skb, portid, seq, type, 0, flags);
	if (!*nlh) {
		kfree_skb(skb);
		return NULL;
	}
	return skb;
}

static size_t nlkit_event_size(size_t plen)
{
	return nla_total_size(sizeof(u32)) * 2 +
	       nla_total_size_64bit(sizeof(u64)) * 2 +
	       (plen ? nla_total_size(plen) : 0);
}

static int nlkit_put_event(struct sk_buff *skb, u32 source, u64 seq, u64 ts)
{
	if (nla_put_u32(skb, NLKIT_MOD_A_SOURCE, source) ||
	    nla_put_u64_64bit(skb, NLKIT_MOD_A_SEQ, seq, NLKIT_MOD_A_PAD) ||
	    nla_put_u64_64bit(skb, NLKIT_MOD_A_TIMESTAMP_NS, ts, NLKIT_MOD_A_PAD))
		return -EMSGSIZE;
	return 0;
}

/* Multicast @skb (consumed) to @group and count the outcome. */
static int nlkit_broadcast(struct nlkit_core *core, struct sock *sk,
			   struct sk_buff *skb, u32 group, gfp_t gfp)
{
	int err;

	nlkit_inc(core, NLKIT_MOD_STAT_BCAST_SENT);
	if (!skb) {
		nlkit_inc(core, NLKIT_MOD_STAT_BCAST_FAILED);
		return -ENOMEM;
	}
	NETLINK_CB(skb).dst_group = group;
	err = netlink_broadcast(sk, skb, 0, group, gfp);
	if (!err)
		nlkit_inc(core, NLKIT_MOD_STAT_BCAST_DELIVERED);
	else if (err == -ESRCH)
		nlkit_inc(core, NLKIT_MOD_STAT_BCAST_NO_LISTENER);
	else
		nlkit_inc(core, NLKIT_MOD_STAT_BCAST_FAILED);
	return err;
}

/* Unicast one PUSH; never blocks (MSG_DONTWAIT), so fine in atomic context. */
static void nlkit_push_one(struct nlkit_core *core, struct sock *sk,
			   u32 portid, u32 source, u64 seq, u64 ts, gfp_t gfp)
{
	struct nlmsghdr *nlh;
	struct sk_buff *skb;
	int err;

	nlkit_inc(core, NLKIT_MOD_STAT_PUSH_SENT);
	skb = nlkit_msg_new(nlkit_event_size(0), 0, 0, NLKIT_MOD_MSG_PUSH, 0,
			    gfp, &nlh);
	if (!skb)
		goto drop;
	if (nlkit_put_event(skb, source, seq, ts)) {
		kfree_skb(skb);
		goto drop;
	}
	nlmsg_end(skb, nlh);

	err = netlink_unicast(sk, skb, portid, MSG_DONTWAIT);
	if (err >= 0) {
		nlkit_inc(core, NLKIT_MOD_STAT_PUSH_DELIVERED);
		return;
	}
	if (err == -ECONNREFUSED) {
		/* The socket is gone: forget it. */
		nlkit_inc(core, NLKIT_MOD_STAT_PUSH_GONE);
		nlkit_sub_del(core, portid);
	}
drop:
	nlkit_inc(core, NLKIT_MOD_STAT_PUSH_DROPPED);
}

static void nlkit_push_all(struct nlkit_core *core, struct sock *sk,
			   u32 source, u64 seq, u64 ts, gfp_t gfp)
{
	unsigned int i, n;
	u32 *ports;

	n = nlkit_subs_snapshot(core, &ports, gfp);
	for (i = 0; i < n; i++)
		nlkit_push_one(core, sk, ports[i], source, seq, ts, gfp);
	kfree(ports);
}

static void nlkit_broadcast_event(struct nlkit_core *core, struct sock *sk,
				  u32 source, u64 seq, u64 ts, u32 group,
				  const struct nlattr *payload, gfp_t gfp)
{
	size_t plen = payload ? nla_len(payload) : 0;
	struct nlmsghdr *nlh;
	struct sk_buff *skb;

	skb = nlkit_msg_new(nlkit_event_size(plen), 0, 0, NLKIT_MOD_MSG_EVENT,
			    0, gfp, &nlh);
	if (skb && (nlkit_put_event(skb, source, seq, ts) ||
		    nla_put_u32(skb, NLKIT_MOD_A_GROUP, group) ||
		    (payload && nla_put(skb, NLKIT_MOD_A_PAYLOAD, plen,
					nla_data(payload))))) {
		kfree_skb(skb);
		skb = NULL;
	}
	if (skb)
		nlmsg_end(skb, nlh);
	nlkit_broadcast(core, sk, skb, group, gfp);
}

/*
 * Fire one event: PUSH to every subscriber, EVENT to @group, through the
 * kernel socket @sk (skb->sk in a request: core->sk may not be set yet).
 * @gfp is GFP_ATOMIC from the timer, GFP_KERNEL elsewhere.
 */
static u64 nlkit_fire(struct nlkit_core *core, struct sock *sk, u32 source,
		      u32 group, const struct nlattr *payload, gfp_t gfp)
{
	u64 seq = atomic64_inc_return(&core->seq);
	u64 ts = ktime_get_ns();

	nlkit_inc(core, NLKIT_MOD_STAT_EVENTS);
	nlkit_inc(core, nlkit_src_stat[source]);
	nlkit_push_all(core, sk, source, seq, ts, gfp);
	nlkit_broadcast_event(core, sk, source, seq, ts, group, payload, gfp);
	return seq;
}

/* ---- timer and work --------------------------------------------------- */

static void nlkit_timer_fn(struct timer_list *t)
{
	struct nlkit_core *core = timer_container_of(core, t, timer);
	unsigned int ms = READ_ONCE(core->timer_ms);

	nlkit_fire(core, core->sk, NLKIT_MOD_SRC_TIMER, NLKIT_MOD_GRP_EVENTS,
		   NULL, GFP_ATOMIC);
	if (ms && !READ_ONCE(core->stopping))
		mod_timer(&core->timer, jiffies + msecs_to_jiffies(ms));
}

static void nlkit_work_fn(struct work_struct *w)
{
	struct nlkit_core *core = container_of(to_delayed_work(w),
					       struct nlkit_core, work);
	unsigned int ms = READ_ONCE(core->work_ms);

	nlkit_fire(core, core->sk, NLKIT_MOD_SRC_WORK, NLKIT_MOD_GRP_EVENTS,
		   NULL, GFP_KERNEL);
	if (ms && !READ_ONCE(core->stopping))
		schedule_delayed_work(&core->work, msecs_to_jiffies(ms));
}

/* Process context only (may wait for a running callback). */
static void nlkit_set_timer(struct nlkit_core *core, unsigned int ms)
{
	WRITE_ONCE(core->timer_ms, ms);
	if (ms && !READ_ONCE(core->stopping))
		mod_timer(&core->timer, jiffies + msecs_to_jiffies(ms));
	else
		timer_delete_sync(&core->timer);
}

static void nlkit_set_work(struct nlkit_core *core, unsigned int ms)
{
	WRITE_ONCE(core->work_ms, ms);
	if (ms && !READ_ONCE(core->stopping))
		mod_delayed_work(system_wq, &core->work, msecs_to_jiffies(ms));
	else
		cancel_delayed_work_sync(&core->work);
}

static bool nlkit_period_ok(unsigned int ms)
{
	return !ms || (ms >= NLKIT_MOD_PERIOD_MIN_MS &&
		       ms <= NLKIT_MOD_PERIOD_MAX_MS);
}

/* ---- bare (seed) messages --------------------------------------------- */

/* Cut a partial UTF-8 sequence at the end of @s (length @len). */
static size_t nlkit_utf8_trim(const char *s, size_t len)
{
	size_t j = len, cont = 0, need;
	u8 lead;

	while (j > 0 && cont < 3 && ((u8)s[j - 1] & 0xc0) == 0x80) {
		j--;
		cont++;
	}
	if (!j || (u8)s[j - 1] < 0xc0)
		return len;
	lead = s[j - 1];
	need = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
	return cont < need ? j - 1 : len;
}

/*
 * Escape control bytes (< 0x20, 0x7f), '"' and '\\'; bytes >= 0x80 pass,
 * so UTF-8 text stays readable. Returns true if @src did not fit.
 */
static bool nlkit_escape(char *dst, size_t size, const u8 *src, size_t len)
{
	size_t i, o = 0;
	char tmp[5];
	int n;

	for (i = 0; i < len; i++) {
		u8 c = src[i];

		if (c < 0x20 || c == 0x7f) {
			n = 4;
			tmp[0] = '\\';
			tmp[1] = 'x';
			tmp[2] = hex_asc_hi(c);
			tmp[3] = hex_asc_lo(c);
		} else if (c == '"' || c == '\\') {
			n = 2;
			tmp[0] = '\\';
			tmp[1] = c;
		} else {
			n = 1;
			tmp[0] = c;
		}
		if (o + n >= size)
			break;
		memcpy(dst + o, tmp, n);
		o += n;
	}
	if (i < len)
		o = nlkit_utf8_trim(dst, o);
	dst[o] = '\0';
	return i < len;
}

static bool nlkit_is_bare(const struct nlmsghdr *nlh)
{
	return !(nlh->nlmsg_flags & NLM_F_REQUEST) ||
	       nlh->nlmsg_type < NLMSG_MIN_TYPE;
}

static void nlkit_log_bare(struct nlkit_core *core, u32 portid,
			   const struct nlmsghdr *nlh)
{
	const char *text = nlmsg_data(nlh);
	char buf[NLKIT_LOG_BUF];
	bool cut;

	cut = nlkit_escape(buf, sizeof(buf), (const u8 *)text,
			   strnlen(text, nlmsg_len(nlh)));
	if (__ratelimit(&core->log_rs))
		pr_info("received from portid %u: \"%s\"%s\n", portid, buf,
			cut ? " (truncated)" : "");
}

/*
 * netlink_rcv_skb() skips messages without NLM_F_REQUEST or with a type
 * below NLMSG_MIN_TYPE; log those here, with the same framing checks.
 */
static void nlkit_scan(struct nlkit_core *core, struct sk_buff *skb)
{
	u32 portid = NETLINK_CB(skb).portid;
	struct nlmsghdr *nlh;
	int rem;

	nlmsg_for_each_msg(nlh, nlmsg_hdr(skb), skb->len, rem) {
		nlkit_inc(core, NLKIT_MOD_STAT_MSGS_IN);
		if (!nlkit_is_bare(nlh)) {
			nlkit_inc(core, NLKIT_MOD_STAT_REQUESTS_IN);
			continue;
		}
		nlkit_inc(core, NLKIT_MOD_STAT_BARE_IN);
		nlkit_log_bare(core, portid, nlh);
	}
}

/* ---- requests --------------------------------------------------------- */

struct nlkit_req {
	struct nlkit_core *core;
	struct sock *sk;		/* our kernel socket (skb->sk) */
	struct sk_buff *skb;		/* the request */
	const struct nlmsghdr *nlh;
	struct nlattr **tb;
	struct netlink_ext_ack *extack;
};

static struct sk_buff *nlkit_reply_new(const struct nlkit_req *req,
				       size_t payload, struct nlmsghdr **nlh)
{
	/* Test hook (debugfs fail_replies): act as if memory ran out. */
	if (atomic_add_unless(&req->core->fail_replies, -1, 0))
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
	nlkit_inc(req->core, NLKIT_MOD_STAT_REPLIES_OUT);
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

static int nlkit_put_stats(struct sk_buff *skb, struct nlkit_core *core)
{
	struct nlattr *nest;
	int i;

	nest = nla_nest_start(skb, NLKIT_MOD_A_STATS);
	if (!nest)
		return -EMSGSIZE;
	for (i = 0; i < __NLKIT_MOD_STAT_MAX; i++) {
		if (!nlkit_stat_valid(i))
			continue;
		if (nla_put_u64_64bit(skb, i, nlkit_stat(core, i),
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
	if (nla_put_u32(skb, NLKIT_MOD_A_PROTOCOL, req->core->proto) ||
	    nlkit_put_stats(skb, req->core)) {
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

static int nlkit_put_config(struct sk_buff *skb, struct nlkit_core *core)
{
	int err;

	mutex_lock(&core->cfg_lock);
	err = nla_put_string(skb, NLKIT_MOD_A_NAME, core->name);
	mutex_unlock(&core->cfg_lock);
	if (err ||
	    nla_put_u32(skb, NLKIT_MOD_A_VERSION, NLKIT_MOD_VERSION) ||
	    nla_put_u32(skb, NLKIT_MOD_A_PROTOCOL, core->proto) ||
	    nla_put_u32(skb, NLKIT_MOD_A_GROUPS, NLKIT_MOD_GROUPS) ||
	    nla_put_u32(skb, NLKIT_MOD_A_MAX_SUBSCRIBERS, core->max_subs) ||
	    nla_put_u32(skb, NLKIT_MOD_A_TIMER_MS, READ_ONCE(core->timer_ms)) ||
	    nla_put_u32(skb, NLKIT_MOD_A_WORK_MS, READ_ONCE(core->work_ms)))
		return -EMSGSIZE;
	return 0;
}

static int nlkit_do_get_config(const struct nlkit_req *req)
{
	struct nlmsghdr *nlh;
	struct sk_buff *skb;

	skb = nlkit_reply_new(req, nlkit_config_size(), &nlh);
	if (!skb)
		return -ENOMEM;
	if (nlkit_put_config(skb, req->core)) {
		kfree_skb(skb);
		return -EMSGSIZE;
	}
	return nlkit_reply_send(req, skb, nlh);
}

/* Tell NLKIT_MOD_GRP_CONFIG listeners who changed the configuration. */
static void nlkit_notify_config(struct nlkit_core *core, struct sock *sk,
				u32 portid)
{
	struct nlmsghdr *nlh;
	struct sk_buff *skb;

	skb = nlkit_msg_new(nlkit_config_size() + nla_total_size(sizeof(u32)),
			    0, 0, NLKIT_MOD_MSG_CONFIG_CHANGED, 0, GFP_KERNEL,
			    &nlh);
	if (skb && (nlkit_put_config(skb, core) ||
		    nla_put_u32(skb, NLKIT_MOD_A_PORTID, portid))) {
		kfree_skb(skb);
		skb = NULL;
	}
	if (skb)
		nlmsg_end(skb, nlh);
	nlkit_broadcast(core, sk, skb, NLKIT_MOD_GRP_CONFIG, GFP_KERNEL);
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

static void nlkit_reset_stats(struct nlkit_core *core)
{
	int i;

	for (i = 0; i < __NLKIT_MOD_STAT_MAX; i++)
		atomic64_set(&core->stats[i], 0);
}

static int nlkit_do_set_config(const struct nlkit_req *req)
{
	struct nlkit_core *core = req->core;
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

	mutex_lock(&core->cfg_lock);
	if (tb[NLKIT_MOD_A_NAME])
		nla_strscpy(core->name, tb[NLKIT_MOD_A_NAME], sizeof(core->name));
	if (tb[NLKIT_MOD_A_TIMER_MS])
		nlkit_set_timer(core, nla_get_u32(tb[NLKIT_MOD_A_TIMER_MS]));
	if (tb[NLKIT_MOD_A_WORK_MS])
		nlkit_set_work(core, nla_get_u32(tb[NLKIT_MOD_A_WORK_MS]));
	if (tb[NLKIT_MOD_A_RESET_STATS])
		nlkit_reset_stats(core);
	mutex_unlock(&core->cfg_lock);

	nlkit_notify_config(core, req->sk, NETLINK_CB(req->skb).portid);
	return 0;
}

static int nlkit_do_subscribe(const struct nlkit_req *req)
{
	int err = nlkit_sub_add(req->core, NETLINK_CB(req->skb).portid);

	if (err == -EEXIST) {
		NL_SET_ERR_MSG(req->extack, "already subscribed");
	} else if (err == -ENOSPC) {
		nlkit_inc(req->core, NLKIT_MOD_STAT_SUBSCRIBE_REJECTED);
		NL_SET_ERR_MSG(req->extack, "subscriber limit reached");
	}
	return err;
}

static int nlkit_do_unsubscribe(const struct nlkit_req *req)
{
	int err = nlkit_sub_del(req->core, NETLINK_CB(req->skb).portid);

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
	seq = nlkit_fire(req->core, req->sk, NLKIT_MOD_SRC_REQUEST,
			 group ? nla_get_u32(group) : NLKIT_MOD_GRP_EVENTS,
			 req->tb[NLKIT_MOD_A_PAYLOAD], GFP_KERNEL);
	/* Cannot fail: the reply was sized for exactly this attribute. */
	WARN_ON_ONCE(nla_put_u64_64bit(skb, NLKIT_MOD_A_SEQ, seq,
				       NLKIT_MOD_A_PAD));
	return nlkit_reply_send(req, skb, nlh);
}

static int nlkit_subs_dump(struct sk_buff *skb, struct netlink_callback *cb)
{
	struct nlkit_core *core = cb->data;
	long idx = 0, skip = cb->args[0];
	struct nlkit_sub *sub;
	struct nlmsghdr *nlh;
	int bkt;

	spin_lock_bh(&core->subs_lock);
	cb->seq = core->subs_gen;
	hash_for_each(core->subs, bkt, sub, node) {
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
	spin_unlock_bh(&core->subs_lock);

	cb->args[0] = idx;
	return skb->len;
}

static int nlkit_do_get_subscribers(const struct nlkit_req *req)
{
	struct netlink_dump_control ctl = {
		.dump = nlkit_subs_dump,
		.data = req->core,
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
	bool admin;			/* needs CAP_NET_ADMIN */
};

#define NLKIT_H(type)	[(type) - NLMSG_MIN_TYPE]

static const struct nlkit_handler nlkit_handlers[] = {
	NLKIT_H(NLKIT_MOD_MSG_ECHO) = { nlkit_do_echo, nlkit_echo_policy },
	NLKIT_H(NLKIT_MOD_MSG_GET_STATS) = { nlkit_do_get_stats,
					     nlkit_empty_policy },
	NLKIT_H(NLKIT_MOD_MSG_SET_CONFIG) = { nlkit_do_set_config,
					      nlkit_config_policy, true },
	NLKIT_H(NLKIT_MOD_MSG_GET_CONFIG) = { nlkit_do_get_config,
					      nlkit_empty_policy },
	NLKIT_H(NLKIT_MOD_MSG_SUBSCRIBE) = { nlkit_do_subscribe,
					     nlkit_empty_policy },
	NLKIT_H(NLKIT_MOD_MSG_UNSUBSCRIBE) = { nlkit_do_unsubscribe,
					       nlkit_empty_policy },
	NLKIT_H(NLKIT_MOD_MSG_TRIGGER) = { nlkit_do_trigger,
					   nlkit_trigger_policy, true },
	NLKIT_H(NLKIT_MOD_MSG_GET_SUBSCRIBERS) = { nlkit_do_get_subscribers,
						   nlkit_empty_policy },
};

/*
 * The instance, published before the kernel socket exists: a request can
 * arrive as soon as netlink_kernel_create() registers the protocol, before
 * it even returns, so the input handler must not depend on anything set
 * after it (such as sk_user_data or core->sk).
 */
static struct nlkit_core *nlkit_instance;

static struct nlkit_core *nlkit_core_of(struct sk_buff *skb)
{
	return READ_ONCE(nlkit_instance);
}

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
	if (h->admin && !netlink_capable(req->skb, CAP_NET_ADMIN)) {
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
		.core = nlkit_core_of(skb),
		/* Our kernel socket: netlink_unicast_kernel() sets skb->sk. */
		.sk = skb->sk,
		.skb = skb,
		.nlh = nlh,
		.extack = extack,
	};
	int err;

	err = nlkit_dispatch(&req);
	if (err && err != -EINTR)
		nlkit_inc(req.core, NLKIT_MOD_STAT_ERRORS);
	return err;
}

static void nlkit_input(struct sk_buff *skb)
{
	nlkit_scan(nlkit_core_of(skb), skb);
	netlink_rcv_skb(skb, nlkit_rcv_msg);
}

/* ---- socket release notifier ------------------------------------------ */

static int nlkit_release_event(struct notifier_block *nb, unsigned long event,
			       void *ptr)
{
	struct nlkit_core *core = container_of(nb, struct nlkit_core,
					       release_nb);
	struct netlink_notify *n = ptr;

	if (event != NETLINK_URELEASE || n->protocol != core->proto ||
	    !net_eq(n->net, &init_net))
		return NOTIFY_DONE;
	if (!nlkit_sub_del(core, n->portid))
		nlkit_inc(core, NLKIT_MOD_STAT_SUBS_RELEASED);
	return NOTIFY_DONE;
}

/* ---- debugfs ---------------------------------------------------------- */

/* Stand-in for a hardware event: fire an event from process context. */
static ssize_t nlkit_trigger_write(struct file *file, const char __user *ubuf,
				   size_t count, loff_t *ppos)
{
	struct nlkit_core *core = file->private_data;
	unsigned int group;

	/* "N" selects group N; anything else (e.g. "\n") group 1. */
	if (kstrtouint_from_user(ubuf, count, 0, &group))
		group = NLKIT_MOD_GRP_EVENTS;
	else if (!group || group > NLKIT_MOD_GROUPS)
		return -EINVAL;
	nlkit_fire(core, core->sk, NLKIT_MOD_SRC_TRIGGER, group, NULL,
		   GFP_KERNEL);
	return count;
}

static const struct file_operations nlkit_trigger_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.write = nlkit_trigger_write,
	.llseek = noop_llseek,
};

static int nlkit_stats_show(struct seq_file *m, void *v)
{
	struct nlkit_core *core = m->private;
	int i;

	seq_printf(m, "protocol %d\n", core->proto);
	seq_printf(m, "seq %lld\n", (s64)atomic64_read(&core->seq));
	for (i = 0; i < __NLKIT_MOD_STAT_MAX; i++)
		if (nlkit_stat_valid(i))
			seq_printf(m, "%s %llu\n", nlkit_stat_names[i],
				   nlkit_stat(core, i));
	return 0;
}
DEFINE_SHOW_ATTRIBUTE(nlkit_stats);

static void nlkit_debugfs_init(struct nlkit_core *core)
{
	/* Optional: without debugfs these calls fail harmlessly. */
	core->dbg = debugfs_create_dir(KBUILD_MODNAME, NULL);
	debugfs_create_file("trigger", 0200, core->dbg, core,
			    &nlkit_trigger_fops);
	debugfs_create_file("stats", 0444, core->dbg, core,
			    &nlkit_stats_fops);
	debugfs_create_atomic_t("fail_replies", 0600, core->dbg,
				&core->fail_replies);
}

/* ---- life cycle ------------------------------------------------------- */

static int nlkit_check_params(int proto)
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
	return 0;
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
 * (EPROTONOSUPPORT means free; it may first try request_module().)
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

static struct nlkit_core *nlkit_core_alloc(int proto)
{
	struct nlkit_core *core;

	core = kzalloc(sizeof(*core), GFP_KERNEL);
	if (!core)
		return NULL;
	core->proto = proto;
	core->max_subs = max_subscribers;
	spin_lock_init(&core->subs_lock);
	hash_init(core->subs);
	mutex_init(&core->cfg_lock);
	strscpy(core->name, KBUILD_MODNAME, sizeof(core->name));
	timer_setup(&core->timer, nlkit_timer_fn, 0);
	INIT_DELAYED_WORK(&core->work, nlkit_work_fn);
	core->release_nb.notifier_call = nlkit_release_event;
	ratelimit_state_init(&core->log_rs, 5 * HZ, 100);
	atomic64_set(&core->seq, 0);
	return core;
}

struct nlkit_core *nlkit_core_create(int proto)
{
	struct netlink_kernel_cfg cfg = {
		.groups = NLKIT_MOD_GROUPS,
		.input = nlkit_input,
	};
	struct nlkit_core *core;
	int err;

	err = nlkit_check_params(proto);
	if (err)
		return ERR_PTR(err);
	core = nlkit_core_alloc(proto);
	if (!core)
		return ERR_PTR(-ENOMEM);

	if (nonroot_recv)
		cfg.flags |= NL_CFG_F_NONROOT_RECV;
	if (nonroot_send)
		cfg.flags |= NL_CFG_F_NONROOT_SEND;

	/* Everything a request needs is ready before the socket is live. */
	WRITE_ONCE(nlkit_instance, core);
	if (release_notify) {
		err = netlink_register_notifier(&core->release_nb);
		if (err)
			goto err_free;
		core->notifier_on = true;
	}
	err = nlkit_proto_unowned(proto);
	if (err)
		goto err_notifier;
	core->sk = netlink_kernel_create(&init_net, proto, &cfg);
	if (!core->sk) {
		pr_err("netlink protocol %d could not be registered\n", proto);
		err = -ENOMEM;
		goto err_notifier;
	}
	nlkit_debugfs_init(core);
	nlkit_set_timer(core, timer_ms);
	nlkit_set_work(core, work_ms);
	pr_info("listening on netlink protocol %d (%u groups, timer %u ms, work %u ms)\n",
		proto, NLKIT_MOD_GROUPS, timer_ms, work_ms);
	return core;

err_notifier:
	if (core->notifier_on)
		netlink_unregister_notifier(&core->release_nb);
err_free:
	WRITE_ONCE(nlkit_instance, NULL);
	kfree(core);
	return ERR_PTR(err);
}

void nlkit_core_destroy(struct nlkit_core *core)
{
	/* No more triggers; waits for a write in progress. */
	debugfs_remove_recursive(core->dbg);

	/* Neither the timer nor the work re-arms itself after this. */
	WRITE_ONCE(core->stopping, true);
	timer_shutdown_sync(&core->timer);
	cancel_delayed_work_sync(&core->work);

	if (core->notifier_on)
		netlink_unregister_notifier(&core->release_nb);
	netlink_kernel_release(core->sk);
	nlkit_subs_free(core);
	pr_info("released netlink protocol %d\n", core->proto);
	WRITE_ONCE(nlkit_instance, NULL);
	kfree(core);
}
