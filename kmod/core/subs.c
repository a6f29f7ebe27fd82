// SPDX-License-Identifier: GPL-2.0
/*
 * subs.c - subscribers.
 *
 * A subscription belongs to the socket that sent SUBSCRIBE, not to its
 * portid: netlink_release() frees the portid (netlink_remove) before the
 * NETLINK_URELEASE notifier runs, so a new socket may bind the same number
 * while the old subscription still exists. Keyed by the socket (a held
 * reference, SOCK_DEAD once it closed), the new socket is a stranger: its
 * SUBSCRIBE succeeds and the old socket's notifier removes only the old
 * entry. Each subscription also gets a cookie that every PUSH carries:
 * a PUSH can reach a socket only through its portid (netlink_unicast), so
 * one sent just as the subscriber closes may land on a socket that rebinds
 * the number; the receiver recognises it as not its own by the cookie.
 *
 * Limits: max_subscribers per namespace, and max_user_subscribers per user
 * (kuid) counted across all namespaces, for senders without CAP_NET_ADMIN
 * in the initial user namespace. Allocations are charged to the caller's
 * memory cgroup (GFP_KERNEL_ACCOUNT).
 */

static DEFINE_HASHTABLE(nlkit_users, 6);
static DEFINE_SPINLOCK(nlkit_users_lock);

static struct nlkit_user *nlkit_user_find(kuid_t uid)
{
	struct nlkit_user *u;

	hash_for_each_possible(nlkit_users, u, node, __kuid_val(uid))
		if (uid_eq(u->uid, uid))
			return u;
	return NULL;
}

/*
 * Count one more subscription for @uid; @spare becomes the user's entry if
 * it has none yet (and is then set to NULL). -EDQUOT when @limited and the
 * user is at max_user_subscribers.
 */
static int nlkit_user_charge(kuid_t uid, bool limited,
			     struct nlkit_user **spare, struct nlkit_user **out)
{
	struct nlkit_user *u;
	int err = 0;

	spin_lock(&nlkit_users_lock);
	u = nlkit_user_find(uid);
	if (!u) {
		u = *spare;
		*spare = NULL;
		u->uid = uid;
		u->subs = 0;
		hash_add(nlkit_users, &u->node, __kuid_val(uid));
	}
	if (limited && u->subs >= nlkit_max_user_subs()) {
		err = -EDQUOT;
		if (!u->subs) {		/* only with max_user_subscribers=0 */
			hash_del(&u->node);
			*spare = u;
		}
	} else {
		u->subs++;
		*out = u;
	}
	spin_unlock(&nlkit_users_lock);
	return err;
}

static void nlkit_user_uncharge(struct nlkit_user *u)
{
	bool last;

	spin_lock(&nlkit_users_lock);
	last = !--u->subs;
	if (last)
		hash_del(&u->node);
	spin_unlock(&nlkit_users_lock);
	if (last)
		kfree(u);
}

static struct nlkit_sub *nlkit_sub_find(struct nlkit_net *nn,
					const struct sock *sk)
{
	struct nlkit_sub *sub;

	hash_for_each_possible(nn->subs, sub, by_sk, (unsigned long)sk)
		if (sub->sk == sk)
			return sub;
	return NULL;
}

/*
 * Subscribe the sender of @skb; *@cookie receives the subscription's
 * cookie. @limited: the per-user limit applies. -EEXIST, -ENOSPC (the
 * namespace is full), -EDQUOT (the user is), -ENOMEM.
 */
static int nlkit_sub_add(struct nlkit_net *nn, struct sk_buff *skb,
			 bool limited, u64 *cookie)
{
	struct sock *usk = NETLINK_CB(skb).sk;
	struct nlkit_user *spare;
	struct nlkit_sub *sub;
	int err = 0;

	sub = kzalloc(sizeof(*sub), GFP_KERNEL_ACCOUNT);
	spare = kzalloc(sizeof(*spare), GFP_KERNEL_ACCOUNT);
	if (!sub || !spare) {
		err = -ENOMEM;
		goto out;
	}

	mutex_lock(&nn->subs_lock);
	if (nlkit_sub_find(nn, usk))
		err = -EEXIST;
	else if (nn->nsubs >= nlkit_max_subs())
		err = -ENOSPC;
	else
		err = nlkit_user_charge(NETLINK_CB(skb).creds.uid, limited,
					&spare, &sub->user);
	if (!err) {
		sock_hold(usk);
		sub->sk = usk;
		sub->portid = NETLINK_CB(skb).portid;
		sub->cookie = ++nn->last_cookie;
		*cookie = sub->cookie;
		hash_add(nn->subs, &sub->by_sk, (unsigned long)usk);
		hash_add(nn->portids, &sub->by_portid, sub->portid);
		WRITE_ONCE(nn->nsubs, nn->nsubs + 1);
		nn->subs_gen++;
		sub = NULL;
	}
	mutex_unlock(&nn->subs_lock);
out:
	kfree(spare);
	kfree(sub);
	return err;
}

/* Remove @sub (subs_lock held) and drop what it holds. */
static void nlkit_sub_free(struct nlkit_net *nn, struct nlkit_sub *sub)
{
	lockdep_assert_held(&nn->subs_lock);
	hash_del(&sub->by_sk);
	hash_del(&sub->by_portid);
	WRITE_ONCE(nn->nsubs, nn->nsubs - 1);
	nn->subs_gen++;
	nlkit_user_uncharge(sub->user);
	sock_put(sub->sk);
	kfree(sub);
}

/* UNSUBSCRIBE: the socket @sk's own subscription. */
static int nlkit_sub_del(struct nlkit_net *nn, struct sock *sk)
{
	struct nlkit_sub *sub;

	mutex_lock(&nn->subs_lock);
	sub = nlkit_sub_find(nn, sk);
	if (sub)
		nlkit_sub_free(nn, sub);
	mutex_unlock(&nn->subs_lock);
	return sub ? 0 : -ENOENT;
}

/*
 * The socket bound to @portid closed (NETLINK_URELEASE): remove the
 * subscriptions of closed sockets on that portid. A socket that bound the
 * number since is alive (not SOCK_DEAD) and keeps its own subscription.
 */
static unsigned int nlkit_subs_released(struct nlkit_net *nn, u32 portid)
{
	struct hlist_node *tmp;
	struct nlkit_sub *sub;
	unsigned int n = 0;

	mutex_lock(&nn->subs_lock);
	hash_for_each_possible_safe(nn->portids, sub, tmp, by_portid, portid) {
		if (sub->portid == portid && sock_flag(sub->sk, SOCK_DEAD)) {
			nlkit_sub_free(nn, sub);
			n++;
		}
	}
	mutex_unlock(&nn->subs_lock);
	return n;
}

static void nlkit_subs_free(struct nlkit_net *nn)
{
	struct hlist_node *tmp;
	struct nlkit_sub *sub;
	int bkt;

	mutex_lock(&nn->subs_lock);
	hash_for_each_safe(nn->subs, bkt, tmp, sub, by_sk)
		nlkit_sub_free(nn, sub);
	mutex_unlock(&nn->subs_lock);
}
