/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
/*
 * nlkit_mod.h - message protocol of the nlkit test modules
 * (netlink_mod_a on protocol 17, netlink_mod_b on protocol 18).
 *
 * A typed request is a struct nlmsghdr with NLM_F_REQUEST set, a message
 * type from enum nlkit_mod_msg (all >= NLMSG_MIN_TYPE) and, right after the
 * header (no family header), netlink attributes from enum nlkit_mod_attr.
 * Anything else (no NLM_F_REQUEST, or a type below NLMSG_MIN_TYPE) is a
 * "bare" message: its payload is logged as text, as the seed expects.
 *
 * See docs/module-protocol.md for the full description.
 */
#ifndef _UAPI_NLKIT_MOD_H
#define _UAPI_NLKIT_MOD_H

#include <linux/types.h>

/* Default netlink protocol numbers (module parameter "proto"). */
#define NLKIT_MOD_PROTO_A	17
#define NLKIT_MOD_PROTO_B	18

/* Version of this protocol, reported by GET_CONFIG. */
#define NLKIT_MOD_VERSION	2

/* Number of multicast groups of each module (1..64). */
#define NLKIT_MOD_GROUPS	64

/* Multicast groups. */
enum nlkit_mod_group {
	NLKIT_MOD_GRP_NONE,
	NLKIT_MOD_GRP_EVENTS,	/* EVENT from timer, work, debugfs trigger */
	NLKIT_MOD_GRP_CONFIG,	/* CONFIG_CHANGED after SET_CONFIG */
	/* 3..64: only reached by TRIGGER with NLKIT_MOD_A_GROUP */
};

/* Highest group number (needs NETLINK_ADD_MEMBERSHIP above 32). */
#define NLKIT_MOD_GRP_MAX	NLKIT_MOD_GROUPS

/* Message types (nlmsg_type). Replies carry the request's type. */
enum nlkit_mod_msg {
	NLKIT_MOD_MSG_ECHO = 0x10,	/* req: PAYLOAD; reply: PAYLOAD, PORTID */
	NLKIT_MOD_MSG_GET_STATS,	/* reply: PROTOCOL, STATS (nested) */
	NLKIT_MOD_MSG_SET_CONFIG,	/* req: TIMER_MS/WORK_MS/NAME/RESET_STATS */
	NLKIT_MOD_MSG_GET_CONFIG,	/* reply: the configuration */
	NLKIT_MOD_MSG_SUBSCRIBE,	/* sender gets PUSH; reply: COOKIE */
	NLKIT_MOD_MSG_UNSUBSCRIBE,	/* stop PUSH messages to the sender */
	NLKIT_MOD_MSG_TRIGGER,		/* req: GROUP, PAYLOAD; reply: SEQ */
	NLKIT_MOD_MSG_GET_SUBSCRIBERS,	/* NLM_F_DUMP: one PORTID per message */
	NLKIT_MOD_MSG_PUSH,		/* kernel -> subscriber (unicast), COOKIE */
	NLKIT_MOD_MSG_EVENT,		/* kernel -> group (multicast) */
	NLKIT_MOD_MSG_CONFIG_CHANGED,	/* kernel -> NLKIT_MOD_GRP_CONFIG */
	__NLKIT_MOD_MSG_MAX,
};

#define NLKIT_MOD_MSG_MAX	(__NLKIT_MOD_MSG_MAX - 1)

/* Top-level attributes. */
enum nlkit_mod_attr {
	NLKIT_MOD_A_UNSPEC,
	NLKIT_MOD_A_PAYLOAD,	/* binary, at most NLKIT_MOD_PAYLOAD_MAX bytes */
	NLKIT_MOD_A_PORTID,	/* u32: a socket's portid */
	NLKIT_MOD_A_SOURCE,	/* u32: enum nlkit_mod_source */
	NLKIT_MOD_A_SEQ,	/* u64: event sequence number (1, 2, ...) */
	NLKIT_MOD_A_GROUP,	/* u32: multicast group, 1..NLKIT_MOD_GROUPS */
	NLKIT_MOD_A_TIMER_MS,	/* u32: timer push period, 0 = off */
	NLKIT_MOD_A_WORK_MS,	/* u32: work push period, 0 = off */
	NLKIT_MOD_A_NAME,	/* NUL-terminated string, < NLKIT_MOD_NAME_LEN */
	NLKIT_MOD_A_RESET_STATS, /* flag: zero all counters */
	NLKIT_MOD_A_STATS,	/* nested: enum nlkit_mod_stat */
	NLKIT_MOD_A_PROTOCOL,	/* u32: the module's netlink protocol */
	NLKIT_MOD_A_VERSION,	/* u32: NLKIT_MOD_VERSION */
	NLKIT_MOD_A_GROUPS,	/* u32: number of multicast groups */
	NLKIT_MOD_A_MAX_SUBSCRIBERS, /* u32: subscriber limit */
	NLKIT_MOD_A_TIMESTAMP_NS, /* u64: CLOCK_MONOTONIC time of the event */
	NLKIT_MOD_A_PAD,	/* padding for 64-bit attributes, ignore */
	NLKIT_MOD_A_COOKIE,	/* u64: a subscription's cookie (SUBSCRIBE, PUSH) */
	__NLKIT_MOD_A_MAX,
};

#define NLKIT_MOD_A_MAX		(__NLKIT_MOD_A_MAX - 1)

/* Counters in NLKIT_MOD_A_STATS, each a u64. */
enum nlkit_mod_stat {
	NLKIT_MOD_STAT_UNSPEC,
	NLKIT_MOD_STAT_MSGS_IN,		/* netlink messages received */
	NLKIT_MOD_STAT_BARE_IN,		/* of those: bare (logged) messages */
	NLKIT_MOD_STAT_REQUESTS_IN,	/* of those: typed requests */
	NLKIT_MOD_STAT_ERRORS,		/* requests that failed (NLMSG_ERROR) */
	NLKIT_MOD_STAT_REPLIES_OUT,	/* replies unicast successfully */
	NLKIT_MOD_STAT_SUBSCRIBERS,	/* current number of subscribers */
	NLKIT_MOD_STAT_SUBSCRIBE_REJECTED, /* SUBSCRIBE refused: limit */
	NLKIT_MOD_STAT_EVENTS,		/* events fired = last SEQ */
	NLKIT_MOD_STAT_EVENTS_TIMER,
	NLKIT_MOD_STAT_EVENTS_WORK,
	NLKIT_MOD_STAT_EVENTS_TRIGGER,	/* debugfs trigger */
	NLKIT_MOD_STAT_EVENTS_REQUEST,	/* TRIGGER messages */
	NLKIT_MOD_STAT_PUSH_SENT,	/* = DELIVERED + DROPPED */
	NLKIT_MOD_STAT_PUSH_DELIVERED,
	NLKIT_MOD_STAT_PUSH_DROPPED,	/* no memory, queue full or gone */
	NLKIT_MOD_STAT_PUSH_GONE,	/* of DROPPED: -ECONNREFUSED, removed */
	NLKIT_MOD_STAT_SUBS_RELEASED,	/* removed when their socket closed */
	NLKIT_MOD_STAT_BCAST_SENT,	/* = DELIVERED + NO_LISTENER + FAILED */
	NLKIT_MOD_STAT_BCAST_DELIVERED,	/* reached at least one listener */
	NLKIT_MOD_STAT_BCAST_NO_LISTENER, /* -ESRCH: nobody in the group */
	NLKIT_MOD_STAT_BCAST_FAILED,	/* no memory or -ENOBUFS */
	NLKIT_MOD_STAT_PAD,		/* padding, ignore */
	__NLKIT_MOD_STAT_MAX,
};

#define NLKIT_MOD_STAT_MAX	(__NLKIT_MOD_STAT_MAX - 1)

/* Values of NLKIT_MOD_A_SOURCE: what fired an event. */
enum nlkit_mod_source {
	NLKIT_MOD_SRC_UNSPEC,
	NLKIT_MOD_SRC_TIMER,	/* timer, atomic context, GFP_ATOMIC */
	NLKIT_MOD_SRC_WORK,	/* delayed work, process context */
	NLKIT_MOD_SRC_TRIGGER,	/* write to debugfs "trigger" (hardware stand-in) */
	NLKIT_MOD_SRC_REQUEST,	/* NLKIT_MOD_MSG_TRIGGER */
};

/* Limits. */
#define NLKIT_MOD_PAYLOAD_MAX	4096	/* bytes in NLKIT_MOD_A_PAYLOAD */
#define NLKIT_MOD_NAME_LEN	32	/* NLKIT_MOD_A_NAME incl. NUL */
#define NLKIT_MOD_PERIOD_MIN_MS	10	/* smallest non-zero TIMER_MS/WORK_MS */
#define NLKIT_MOD_PERIOD_MAX_MS	3600000	/* one hour */

#endif /* _UAPI_NLKIT_MOD_H */
