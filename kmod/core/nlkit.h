/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nlkit.h - what the files of the module core share.
 *
 * Each module's wrapper (netlink_mod_a.c, netlink_mod_b.c) includes every
 * core file, so a module is one translation unit with a private copy of
 * the core: no exported symbol, no state shared between the modules (see
 * kmod/Kbuild for why). The core is split by concern:
 *
 *   subs.c      subscribers: keyed by socket, cookies, per-user limit
 *   fanout.c    events: sequence order, multicast EVENT, PUSH fan-out work
 *   requests.c  typed requests: policies, handlers, dispatch, input
 *   log.c       bare messages: escaping, per-sender rate limit, tracepoint
 *   debugfs.c   the trigger, stats and fail_replies files (init_net)
 *   pernet.c    module parameters, protocol owner probe, per-namespace
 *               instances (pernet_operations), release notifier, life cycle
 *
 * Locking, per namespace (struct nlkit_net):
 *  - subs_lock (mutex): the subscriber tables; held by the fan-out work
 *    while it pushes, by requests and by the release notifier (all process
 *    context).
 *  - ev_lock (spinlock, BH): the event sequence and the fan-out ring; the
 *    timer takes it, so the multicast EVENT is sent under it in seq order.
 *  - cfg_lock (mutex): the configuration; CONFIG_CHANGED is built and sent
 *    under it, so notifications follow the changes in order.
 * Global: nlkit_users_lock (spinlock) for the per-user counts.
 */
#ifndef NLKIT_CORE_H
#define NLKIT_CORE_H

#include <linux/debugfs.h>
#include <linux/hash.h>
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
#include <linux/uidgid.h>
#include <linux/workqueue.h>
#include <net/net_namespace.h>
#include <net/netlink.h>
#include <net/netns/generic.h>
#include <net/sock.h>

#include <uapi/nlkit_mod.h>

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
#define NLKIT_SUBS_LIMIT	65536	/* largest max_subscribers */
#define NLKIT_RING		64	/* events waiting for their fan-out */

/* A user's subscriptions, counted across every namespace. */
struct nlkit_user {
	struct hlist_node node;
	kuid_t uid;
	unsigned int subs;
};

/* One subscription: a user socket, held until it is removed. */
struct nlkit_sub {
	struct hlist_node by_sk;	/* nlkit_net.subs, key: the socket */
	struct hlist_node by_portid;	/* nlkit_net.portids, key: portid */
	struct sock *sk;		/* sock_hold()ed; SOCK_DEAD = closed */
	u32 portid;
	u64 cookie;			/* in every PUSH of this subscription */
	struct nlkit_user *user;
};

/* An event waiting for its PUSH fan-out. */
struct nlkit_ev {
	struct sock *sk;		/* the namespace's kernel socket */
	u64 seq;
	u64 ts;
	u32 source;
};

/* One instance per network namespace (net_generic()). */
struct nlkit_net {
	struct net *net;
	struct sock *sk;		/* kernel socket; requests use skb->sk */

	struct mutex subs_lock;		/* subs, portids, nsubs, subs_gen */
	DECLARE_HASHTABLE(subs, NLKIT_SUBS_HASH_BITS);
	DECLARE_HASHTABLE(portids, NLKIT_SUBS_HASH_BITS);
	unsigned int nsubs;		/* READ_ONCE outside subs_lock */
	u32 subs_gen;			/* changes on every add/remove */
	u64 last_cookie;

	spinlock_t ev_lock;		/* seq, ring */
	u64 seq;			/* last event sequence number */
	struct nlkit_ev ring[NLKIT_RING];
	unsigned int ring_head, ring_len;
	struct work_struct fanout;

	struct mutex cfg_lock;		/* name, periods; CONFIG_CHANGED */
	char name[NLKIT_MOD_NAME_LEN];
	unsigned int timer_ms;		/* READ_ONCE outside cfg_lock */
	unsigned int work_ms;
	bool stopping;
	struct timer_list timer;
	struct delayed_work work;

	atomic_t fail_replies;		/* debugfs test hook */
	atomic64_t stats[__NLKIT_MOD_STAT_MAX];
};

/* A typed request being handled. */
struct nlkit_req {
	struct nlkit_net *nn;
	struct sock *sk;		/* our kernel socket (skb->sk) */
	struct sk_buff *skb;		/* the request */
	const struct nlmsghdr *nlh;
	struct nlattr **tb;
	struct netlink_ext_ack *extack;
};

/* pernet.c */
static struct nlkit_net *nlkit_net(const struct net *net);
static unsigned int nlkit_max_subs(void);
static unsigned int nlkit_max_user_subs(void);

/* subs.c */
static int nlkit_sub_add(struct nlkit_net *nn, struct sk_buff *skb,
			 bool limited, u64 *cookie);
static int nlkit_sub_del(struct nlkit_net *nn, struct sock *sk);
static void nlkit_sub_free(struct nlkit_net *nn, struct nlkit_sub *sub);
static unsigned int nlkit_subs_released(struct nlkit_net *nn, u32 portid);
static void nlkit_subs_free(struct nlkit_net *nn);

/* fanout.c */
static void nlkit_inc(struct nlkit_net *nn, int stat);
static u64 nlkit_stat(struct nlkit_net *nn, int stat);
static bool nlkit_stat_valid(int stat);
static struct sk_buff *nlkit_msg_new(size_t payload, u32 portid, u32 seq,
				     u16 type, u16 flags, gfp_t gfp,
				     struct nlmsghdr **nlh);
static void nlkit_broadcast(struct nlkit_net *nn, struct sock *sk,
			    struct sk_buff *skb, u32 group, gfp_t gfp);
static u64 nlkit_fire(struct nlkit_net *nn, struct sock *sk, u32 source,
		      u32 group, const struct nlattr *payload, gfp_t gfp);
static void nlkit_fanout_fn(struct work_struct *w);
static void nlkit_timer_fn(struct timer_list *t);
static void nlkit_work_fn(struct work_struct *w);
static void nlkit_set_timer(struct nlkit_net *nn, unsigned int ms);
static void nlkit_set_work(struct nlkit_net *nn, unsigned int ms);
static bool nlkit_period_ok(unsigned int ms);

/* log.c */
static void nlkit_log_init(void);
static void nlkit_scan(struct nlkit_net *nn, struct sk_buff *skb);

/* requests.c */
static void nlkit_input(struct sk_buff *skb);

/* debugfs.c */
static void nlkit_debugfs_init(void);
static void nlkit_debugfs_exit(void);

#endif /* NLKIT_CORE_H */
