// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * nlcapture: every netlink datagram of the machine, for `nlctl capture`.
 *
 * Two kprobes see every datagram once, on any protocol and in any network
 * namespace:
 *  - __netlink_sendskb(sk, skb): each delivery to a user socket (unicast
 *    replies, dump parts, each multicast copy, user-to-user traffic);
 *  - netlink_unicast(ssk, skb, portid, nonblock) with portid 0: a datagram
 *    to the kernel socket of the protocol.
 *
 * Each datagram goes to user space through a ring buffer, cut at
 * NLCAP_MAX_DATA bytes. When the ring is full the datagram is dropped and
 * counted in `drops` (never waited for): a flood costs records, not the
 * system. Kernel structures are read with CO-RE relocations against the
 * running kernel's BTF, so one object runs on every kernel with BTF.
 *
 * Built by nlctl/build.rs with clang -target bpf; loaded by aya.
 */
#include <linux/types.h>
#include <linux/bpf.h>
#include <linux/ptrace.h>
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

#define NLCAP_TO_USER 1
#define NLCAP_TO_KERNEL 2
#define NLCAP_MAX_DATA 65535

/*
 * The few kernel fields read, by name: CO-RE finds their offsets in the
 * running kernel's BTF, whatever the rest of each structure holds.
 */
struct ns_common {
	unsigned int inum;
} __attribute__((preserve_access_index));

struct net {
	struct ns_common ns;
} __attribute__((preserve_access_index));

/* skc_net is a possible_net_t: CO-RE matches the anonymous struct. */
struct sock_common {
	struct {
		struct net *net;
	} skc_net;
} __attribute__((preserve_access_index));

struct sock {
	struct sock_common __sk_common;
	__u16 sk_protocol;
} __attribute__((preserve_access_index));

struct netlink_sock {
	__u32 portid;
} __attribute__((preserve_access_index));

struct sk_buff {
	unsigned int len;
	unsigned char *data;
	char cb[48];
} __attribute__((preserve_access_index));

struct netlink_skb_parms {
	__u32 portid;
	__u32 dst_group;
} __attribute__((preserve_access_index));

/* One record; user space reads the same layout (nlctl/src/ebpf.rs). */
struct nlcap_event {
	__u64 ts_ns;		/* bpf_ktime_get_ns(): CLOCK_MONOTONIC */
	__u32 kind;		/* NLCAP_TO_USER or NLCAP_TO_KERNEL */
	__u32 protocol;
	__u32 src_portid;
	__u32 dst_portid;
	__u32 dst_group;
	__u32 netns;		/* inode of the network namespace */
	__u32 len;		/* the datagram's length */
	__u32 caplen;		/* bytes in data[] */
	__u32 pid;		/* the current task's tgid */
	__u32 pad;
	__u8 data[NLCAP_MAX_DATA + 1];
};

#define NLCAP_HDR_LEN (sizeof(struct nlcap_event) - NLCAP_MAX_DATA - 1)

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 4 << 20);
} events SEC(".maps");

/* Datagrams lost (ring buffer full, or unreadable), per CPU. */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, __u64);
} drops SEC(".maps");

/*
 * One record under construction per CPU, indexed by the CPU number (a
 * per-CPU map cannot hold values this large; kprobe programs do not nest
 * on a CPU). User space sets max_entries to the number of CPUs.
 */
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct nlcap_event);
} scratch SEC(".maps");

static __always_inline void nlcap_drop(void)
{
	__u32 zero = 0;
	__u64 *n = bpf_map_lookup_elem(&drops, &zero);

	if (n)
		*n += 1;
}

static __always_inline int nlcap_emit(__u32 kind, struct sock *sk,
				      struct sk_buff *skb, __u32 dst)
{
	struct netlink_skb_parms *parms;
	struct nlcap_event *e;
	unsigned char *data;
	__u32 key = bpf_get_smp_processor_id();
	__u32 cap;

	e = bpf_map_lookup_elem(&scratch, &key);
	if (!e) {
		nlcap_drop();
		return 0;
	}
	parms = (struct netlink_skb_parms *)__builtin_preserve_access_index(&skb->cb);
	e->ts_ns = bpf_ktime_get_ns();
	e->kind = kind;
	e->protocol = BPF_CORE_READ(sk, sk_protocol);
	e->src_portid = BPF_CORE_READ(parms, portid);
	e->dst_group = BPF_CORE_READ(parms, dst_group);
	e->dst_portid = dst;
	e->netns = BPF_CORE_READ(sk, __sk_common.skc_net.net, ns.inum);
	e->len = BPF_CORE_READ(skb, len);
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->pad = 0;
	data = BPF_CORE_READ(skb, data);
	cap = e->len;
	if (cap > NLCAP_MAX_DATA)
		cap = NLCAP_MAX_DATA;
	cap &= NLCAP_MAX_DATA;
	e->caplen = cap;
	if (bpf_probe_read_kernel(e->data, cap, data) < 0) {
		nlcap_drop();
		return 0;
	}
	if (bpf_ringbuf_output(&events, e, NLCAP_HDR_LEN + cap, 0) < 0)
		nlcap_drop();
	return 0;
}

SEC("kprobe/__netlink_sendskb")
int BPF_KPROBE(nlcap_sendskb, struct sock *sk, struct sk_buff *skb)
{
	struct netlink_sock *nlk = (struct netlink_sock *)sk;

	return nlcap_emit(NLCAP_TO_USER, sk, skb, BPF_CORE_READ(nlk, portid));
}

SEC("kprobe/netlink_unicast")
int BPF_KPROBE(nlcap_unicast, struct sock *ssk, struct sk_buff *skb, __u32 portid)
{
	/* Unicasts to user sockets are seen in __netlink_sendskb. */
	if (portid != 0)
		return 0;
	return nlcap_emit(NLCAP_TO_KERNEL, ssk, skb, 0);
}

char LICENSE[] SEC("license") = "Dual MIT/GPL";
