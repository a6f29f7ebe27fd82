/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nlkit_trace.h - the nlkit_msg tracepoint: every message a module
 * receives, in /sys/kernel/tracing/events/<module name>/nlkit_msg/.
 * NLKIT_TRACE_SYSTEM (the module name) is set by the module's wrapper.
 */
#undef TRACE_SYSTEM
#define TRACE_SYSTEM NLKIT_TRACE_SYSTEM

#if !defined(NLKIT_TRACE_H) || defined(TRACE_HEADER_MULTI_READ)
#define NLKIT_TRACE_H

#include <linux/netlink.h>
#include <linux/tracepoint.h>
#include <net/net_namespace.h>

#define NLKIT_TRACE_DATA	64	/* payload bytes kept per message */

TRACE_EVENT(nlkit_msg,
	TP_PROTO(const struct net *net, u32 portid, const struct nlmsghdr *nlh),
	TP_ARGS(net, portid, nlh),
	TP_STRUCT__entry(
		__field(u32, netns)
		__field(u32, portid)
		__field(u32, len)
		__field(u16, type)
		__field(u16, flags)
		__field(u32, seq)
		__dynamic_array(u8, data,
				min_t(u32, nlh->nlmsg_len - NLMSG_HDRLEN,
				      NLKIT_TRACE_DATA))
	),
	TP_fast_assign(
		__entry->netns = net->ns.inum;
		__entry->portid = portid;
		__entry->len = nlh->nlmsg_len;
		__entry->type = nlh->nlmsg_type;
		__entry->flags = nlh->nlmsg_flags;
		__entry->seq = nlh->nlmsg_seq;
		memcpy(__get_dynamic_array(data), nlmsg_data(nlh),
		       __get_dynamic_array_len(data));
	),
	TP_printk("netns=%u portid=%u len=%u type=%#x flags=%#x seq=%u data=%s",
		  __entry->netns, __entry->portid, __entry->len,
		  __entry->type, __entry->flags, __entry->seq,
		  __print_hex(__get_dynamic_array(data),
			      __get_dynamic_array_len(data)))
);

#endif /* NLKIT_TRACE_H */

#undef TRACE_INCLUDE_PATH
#define TRACE_INCLUDE_PATH .
#undef TRACE_INCLUDE_FILE
#define TRACE_INCLUDE_FILE nlkit_trace
#include <trace/define_trace.h>
