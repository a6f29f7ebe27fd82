// SPDX-License-Identifier: GPL-2.0
/*
 * fanout.c - events: counters, messages, multicast, PUSH fan-out.
 *
 * An event gets its sequence number under ev_lock, and under the same lock
 * its multicast EVENT is sent (bounded work: one message, GFP_ATOMIC
 * clones, fine from the timer) and its PUSH fan-out is queued on a small
 * ring. The fan-out itself (one unicast per subscriber, unbounded: anyone
 * may subscribe) runs in process context, in the fanout work, which takes
 * the ring in order, so every subscriber and every listener sees sequence
 * numbers in increasing order. Requests and the debugfs trigger wait for
 * the fan-out of their own event (flush_work), the timer does not.
 *
 * Notification idioms of the kernel's own families (rtnetlink, genetlink):
 * netlink_has_listeners() before building a message, netlink_set_err()
 * with ENOBUFS when a broadcast is lost so listeners learn they missed one,
 * and -ENOBUFS from netlink_broadcast() (a NETLINK_BROADCAST_ERROR listener
 * overran) counted as delivered to the others.
 */

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

static void nlkit_inc(struct nlkit_net *nn, int stat)
{
	atomic64_inc(&nn->stats[stat]);
}

static void nlkit_add(struct nlkit_net *nn, int stat, unsigned int n)
{
	atomic64_add(n, &nn->stats[stat]);
}

static u64 nlkit_stat(struct nlkit_net *nn, int stat)
{
	if (stat == NLKIT_MOD_STAT_SUBSCRIBERS)
		return READ_ONCE(nn->nsubs);
	return atomic64_read(&nn->stats[stat]);
}

static bool nlkit_stat_valid(int stat)
{
	return stat > NLKIT_MOD_STAT_UNSPEC && stat != NLKIT_MOD_STAT_PAD;
}

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

/*
 * Multicast @skb (consumed; NULL if it could not be built) to @group and
 * count the outcome. A lost broadcast sets ENOBUFS on the group's
 * listeners, as rtnetlink does, so they know to resynchronise.
 */
static void nlkit_broadcast(struct nlkit_net *nn, struct sock *sk,
			    struct sk_buff *skb, u32 group, gfp_t gfp)
{
	int err;

	nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_SENT);
	if (!skb) {
		err = -ENOMEM;
	} else {
		NETLINK_CB(skb).dst_group = group;
		err = netlink_broadcast(sk, skb, 0, group, gfp);
	}
	if (!err || err == -ENOBUFS) {
		/* -ENOBUFS: the others got it; the kernel told the overrun. */
		nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_DELIVERED);
	} else if (err == -ESRCH) {
		nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_NO_LISTENER);
	} else {
		nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_FAILED);
		netlink_set_err(sk, 0, group, ENOBUFS);
	}
}

static size_t nlkit_event_size(size_t plen)
{
	return nla_total_size(sizeof(u32)) * 2 +
	       nla_total_size_64bit(sizeof(u64)) * 3 +
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

/* Finish the EVENT @skb (allocated before the lock) and multicast it. */
static void nlkit_send_event(struct nlkit_net *nn, struct sock *sk,
			     struct sk_buff *skb, struct nlmsghdr *nlh,
			     const struct nlkit_ev *ev, u32 group,
			     const struct nlattr *payload)
{
	if (skb && (nlkit_put_event(skb, ev->source, ev->seq, ev->ts) ||
		    nla_put_u32(skb, NLKIT_MOD_A_GROUP, group) ||
		    (payload && nla_put(skb, NLKIT_MOD_A_PAYLOAD,
					nla_len(payload), nla_data(payload))))) {
		kfree_skb(skb);
		skb = NULL;
	}
	if (skb)
		nlmsg_end(skb, nlh);
	nlkit_broadcast(nn, sk, skb, group, GFP_ATOMIC);
}

/* Queue @ev for the fan-out (ev_lock held). False if the ring is full. */
static bool nlkit_ring_put(struct nlkit_net *nn, const struct nlkit_ev *ev)
{
	if (nn->ring_len == NLKIT_RING)
		return false;
	nn->ring[(nn->ring_head + nn->ring_len) % NLKIT_RING] = *ev;
	nn->ring_len++;
	return true;
}

static bool nlkit_ring_get(struct nlkit_net *nn, struct nlkit_ev *ev)
{
	bool got = false;

	spin_lock_bh(&nn->ev_lock);
	if (nn->ring_len) {
		*ev = nn->ring[nn->ring_head];
		nn->ring_head = (nn->ring_head + 1) % NLKIT_RING;
		nn->ring_len--;
		got = true;
	}
	spin_unlock_bh(&nn->ev_lock);
	return got;
}

/*
 * Fire one event: EVENT to @group now, PUSH to every subscriber from the
 * fanout work. @sk is the namespace's kernel socket (skb->sk in a request:
 * nn->sk may not be set yet). @gfp is GFP_ATOMIC from the timer.
 */
static u64 nlkit_fire(struct nlkit_net *nn, struct sock *sk, u32 source,
		      u32 group, const struct nlattr *payload, gfp_t gfp)
{
	size_t plen = payload ? nla_len(payload) : 0;
	struct nlmsghdr *nlh = NULL;
	struct sk_buff *skb = NULL;
	bool listeners, queued = false;
	struct nlkit_ev ev = {
		.sk = sk,
		.source = source,
	};
	unsigned int subs;

	listeners = netlink_has_listeners(sk, group);
	if (listeners)
		skb = nlkit_msg_new(nlkit_event_size(plen), 0, 0,
				    NLKIT_MOD_MSG_EVENT, 0, gfp, &nlh);

	spin_lock_bh(&nn->ev_lock);
	ev.seq = ++nn->seq;
	ev.ts = ktime_get_ns();
	nlkit_inc(nn, NLKIT_MOD_STAT_EVENTS);
	nlkit_inc(nn, nlkit_src_stat[source]);
	subs = READ_ONCE(nn->nsubs);
	if (subs) {
		queued = nlkit_ring_put(nn, &ev);
		if (!queued) {
			/* The fan-out is NLKIT_RING events behind: drop. */
			nlkit_add(nn, NLKIT_MOD_STAT_PUSH_SENT, subs);
			nlkit_add(nn, NLKIT_MOD_STAT_PUSH_DROPPED, subs);
		}
	}
	if (listeners) {
		nlkit_send_event(nn, sk, skb, nlh, &ev, group, payload);
	} else {
		nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_SENT);
		nlkit_inc(nn, NLKIT_MOD_STAT_BCAST_NO_LISTENER);
	}
	spin_unlock_bh(&nn->ev_lock);

	if (queued)
		queue_work(system_wq, &nn->fanout);
	return ev.seq;
}

static size_t nlkit_push_size(void)
{
	return nla_total_size(sizeof(u32)) +
	       nla_total_size_64bit(sizeof(u64)) * 3;
}

/* One PUSH to @sub (subs_lock held); a closed subscriber is removed. */
static void nlkit_push_one(struct nlkit_net *nn, struct nlkit_sub *sub,
			   const struct nlkit_ev *ev)
{
	struct nlmsghdr *nlh;
	struct sk_buff *skb;
	int err;

	nlkit_inc(nn, NLKIT_MOD_STAT_PUSH_SENT);
	if (sock_flag(sub->sk, SOCK_DEAD)) {
		/* Closed, and its portid may belong to someone else now. */
		nlkit_inc(nn, NLKIT_MOD_STAT_PUSH_GONE);
		nlkit_sub_free(nn, sub);
		goto drop;
	}
	skb = nlkit_msg_new(nlkit_push_size(), 0, 0, NLKIT_MOD_MSG_PUSH, 0,
			    GFP_KERNEL, &nlh);
	if (!skb)
		goto drop;
	if (nlkit_put_event(skb, ev->source, ev->seq, ev->ts) ||
	    nla_put_u64_64bit(skb, NLKIT_MOD_A_COOKIE, sub->cookie,
			      NLKIT_MOD_A_PAD)) {
		kfree_skb(skb);
		goto drop;
	}
	nlmsg_end(skb, nlh);
	err = netlink_unicast(ev->sk, skb, sub->portid, MSG_DONTWAIT);
	if (err >= 0) {
		nlkit_inc(nn, NLKIT_MOD_STAT_PUSH_DELIVERED);
		return;
	}
drop:
	nlkit_inc(nn, NLKIT_MOD_STAT_PUSH_DROPPED);
}

/* Process context: the PUSH fan-out of every queued event, in order. */
static void nlkit_fanout_fn(struct work_struct *w)
{
	struct nlkit_net *nn = container_of(w, struct nlkit_net, fanout);
	struct hlist_node *tmp;
	struct nlkit_sub *sub;
	struct nlkit_ev ev;
	unsigned int n = 0;
	int bkt;

	while (nlkit_ring_get(nn, &ev)) {
		mutex_lock(&nn->subs_lock);
		hash_for_each_safe(nn->subs, bkt, tmp, sub, by_sk) {
			nlkit_push_one(nn, sub, &ev);
			if (!(++n % 256))
				cond_resched();
		}
		mutex_unlock(&nn->subs_lock);
	}
}

static void nlkit_timer_fn(struct timer_list *t)
{
	struct nlkit_net *nn = timer_container_of(nn, t, timer);
	unsigned int ms = READ_ONCE(nn->timer_ms);

	/* Atomic context: the EVENT is sent here, the pushes are queued. */
	nlkit_fire(nn, nn->sk, NLKIT_MOD_SRC_TIMER, NLKIT_MOD_GRP_EVENTS, NULL,
		   GFP_ATOMIC);
	if (ms && !READ_ONCE(nn->stopping))
		mod_timer(&nn->timer, jiffies + msecs_to_jiffies(ms));
}

static void nlkit_work_fn(struct work_struct *w)
{
	struct nlkit_net *nn = container_of(to_delayed_work(w),
					    struct nlkit_net, work);
	unsigned int ms = READ_ONCE(nn->work_ms);

	nlkit_fire(nn, nn->sk, NLKIT_MOD_SRC_WORK, NLKIT_MOD_GRP_EVENTS, NULL,
		   GFP_KERNEL);
	if (ms && !READ_ONCE(nn->stopping))
		schedule_delayed_work(&nn->work, msecs_to_jiffies(ms));
}

/* Process context only (may wait for a running callback). */
static void nlkit_set_timer(struct nlkit_net *nn, unsigned int ms)
{
	WRITE_ONCE(nn->timer_ms, ms);
	if (ms && !READ_ONCE(nn->stopping))
		mod_timer(&nn->timer, jiffies + msecs_to_jiffies(ms));
	else
		timer_delete_sync(&nn->timer);
}

static void nlkit_set_work(struct nlkit_net *nn, unsigned int ms)
{
	WRITE_ONCE(nn->work_ms, ms);
	if (ms && !READ_ONCE(nn->stopping))
		mod_delayed_work(system_wq, &nn->work, msecs_to_jiffies(ms));
	else
		cancel_delayed_work_sync(&nn->work);
}

static bool nlkit_period_ok(unsigned int ms)
{
	return !ms || (ms >= NLKIT_MOD_PERIOD_MIN_MS &&
		       ms <= NLKIT_MOD_PERIOD_MAX_MS);
}
