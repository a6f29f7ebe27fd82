/*
 * The C baseline of the nlkit benchmarks: plain netlink system calls, no
 * library, fixed buffers on the stack. It is the physical floor of what a
 * netlink library can cost; the Rust side calls each function once per run
 * and every function times only its own hot loop (CLOCK_MONOTONIC).
 *
 * It makes the same system calls as nlkit (docs/benchmarks.md): every
 * datagram is received with recvfrom(MSG_TRUNC) and the sender's address,
 * so that a datagram larger than the buffer is seen (never silently cut)
 * and a reply is checked to come from the peer asked (the kernel is
 * portid 0), as a careful client must. The `plain` variants of the
 * request/response loops (genl, vm echo) use recv() without either check,
 * to show what the checks cost.
 *
 * Every function returns the elapsed nanoseconds (> 0) or a negative errno.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#define MSG_PING 0x10
#define MSG_END 0x11
#define MAX_BATCH 64

static int64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int open_bound(int proto, uint32_t *portid)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	socklen_t len = sizeof(sa);
	int fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, proto);
	if (fd < 0)
		return -errno;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    getsockname(fd, (struct sockaddr *)&sa, &len) < 0) {
		int e = -errno;
		close(fd);
		return e;
	}
	if (portid)
		*portid = sa.nl_pid;
	return fd;
}

static ssize_t send_to(int fd, const void *buf, size_t len, uint32_t portid, uint32_t groups)
{
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK, .nl_pid = portid, .nl_groups = groups };
	return sendto(fd, buf, len, 0, (struct sockaddr *)&sa, sizeof(sa));
}

/* Receives one datagram into `buf` the way nlkit does: recvfrom with
 * MSG_TRUNC (the real length comes back) and the sender's address.
 * Returns its length, or -1 with errno set: EMSGSIZE if it did not fit,
 * EPROTO if `expect` is not negative and the sender's portid differs. */
static ssize_t recv_from(int fd, void *buf, size_t len, int64_t expect)
{
	struct sockaddr_nl from;
	ssize_t n;
	do {
		socklen_t fl = sizeof(from);
		n = recvfrom(fd, buf, len, MSG_TRUNC, (struct sockaddr *)&from, &fl);
	} while (n < 0 && errno == EINTR);
	if (n < 0)
		return n;
	if ((size_t)n > len) {
		errno = EMSGSIZE;
		return -1;
	}
	if (expect >= 0 && from.nl_pid != (uint32_t)expect) {
		errno = EPROTO;
		return -1;
	}
	return n;
}

/* recv_from, or plain recv() without the checks when `plain` is set. */
static ssize_t recv_reply(int fd, void *buf, size_t len, int64_t expect, int plain)
{
	ssize_t n;
	if (!plain)
		return recv_from(fd, buf, len, expect);
	do
		n = recv(fd, buf, len, 0);
	while (n < 0 && errno == EINTR);
	return n;
}

static size_t put_msg(char *buf, uint16_t type, uint32_t seq, uint32_t portid, size_t payload)
{
	struct nlmsghdr *h = (struct nlmsghdr *)buf;
	h->nlmsg_len = NLMSG_LENGTH(payload);
	h->nlmsg_type = type;
	h->nlmsg_flags = NLM_F_REQUEST;
	h->nlmsg_seq = seq;
	h->nlmsg_pid = portid;
	memset(NLMSG_DATA(h), 0xab, payload);
	return NLMSG_ALIGN(h->nlmsg_len);
}

/* ---- echo peer for ping-pong: returns every message to its sender ---- */

struct echo_arg {
	int fd;
};

static void *echo_main(void *p)
{
	struct echo_arg *a = p;
	char buf[65536];
	for (;;) {
		struct sockaddr_nl from;
		socklen_t fl = sizeof(from);
		ssize_t n = recvfrom(a->fd, buf, sizeof(buf), MSG_TRUNC, (struct sockaddr *)&from, &fl);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return NULL;
		}
		if (n > (ssize_t)sizeof(buf))
			return NULL;
		struct nlmsghdr *h = (struct nlmsghdr *)buf;
		if (n < (ssize_t)NLMSG_HDRLEN || h->nlmsg_type == MSG_END)
			return NULL;
		send_to(a->fd, buf, n, from.nl_pid, 0);
	}
}

/* 1. ping-pong on NETLINK_USERSOCK: `iters` round trips of `payload` bytes. */
int64_t nlb_c_pingpong(int iters, int payload)
{
	uint32_t pa, pb;
	int a = open_bound(NETLINK_USERSOCK, &pa);
	if (a < 0)
		return a;
	int b = open_bound(NETLINK_USERSOCK, &pb);
	if (b < 0) {
		close(a);
		return b;
	}
	struct echo_arg arg = { .fd = b };
	pthread_t t;
	pthread_create(&t, NULL, echo_main, &arg);
	char tx[4096], rx[65536];
	int warm = iters / 20 > 10 ? iters / 20 : 10;
	int64_t t0 = now_ns(), rc = 0;
	for (int i = -warm; i < iters; i++) {
		if (i == 0)
			t0 = now_ns();
		size_t len = put_msg(tx, MSG_PING, (uint32_t)i + 1, pa, (size_t)payload);
		if (send_to(a, tx, len, pb, 0) < 0) {
			rc = -errno;
			break;
		}
		ssize_t n = recv_from(a, rx, sizeof(rx), pb);
		struct nlmsghdr *h = (struct nlmsghdr *)rx;
		if (n < (ssize_t)NLMSG_HDRLEN || h->nlmsg_seq != (uint32_t)i + 1) {
			rc = -EPROTO;
			break;
		}
	}
	int64_t t1 = now_ns();
	size_t len = put_msg(tx, MSG_END, 0, pa, 0);
	send_to(a, tx, len, pb, 0);
	pthread_join(t, NULL);
	close(a);
	close(b);
	return rc < 0 ? rc : t1 - t0;
}

/* ---- one-way throughput ---- */

struct sink_arg {
	int fd;
	int64_t sender, received;
};

static void *sink_main(void *p)
{
	struct sink_arg *a = p;
	char buf[65536];
	for (;;) {
		ssize_t n = recv_from(a->fd, buf, sizeof(buf), a->sender);
		if (n < 0)
			return NULL;
		int len = (int)n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
			if (h->nlmsg_type == MSG_END)
				return NULL;
			a->received++;
		}
	}
}

/* 2. `count` messages of `payload` bytes, `batch` per sendto (1 = unbatched).
 * Returns elapsed ns; *received gets what the sink counted. */
int64_t nlb_c_throughput(int count, int payload, int batch, int64_t *received)
{
	uint32_t pa, pb;
	if (batch < 1 || batch > MAX_BATCH)
		return -EINVAL;
	int a = open_bound(NETLINK_USERSOCK, &pa);
	if (a < 0)
		return a;
	int b = open_bound(NETLINK_USERSOCK, &pb);
	if (b < 0) {
		close(a);
		return b;
	}
	struct sink_arg arg = { .fd = b, .sender = pa };
	pthread_t t;
	pthread_create(&t, NULL, sink_main, &arg);
	static __thread char tx[MAX_BATCH * 1024];
	int64_t t0 = now_ns(), rc = 0;
	for (int i = 0; i < count; i += batch) {
		size_t len = 0;
		for (int j = 0; j < batch && i + j < count; j++)
			len += put_msg(tx + len, MSG_PING, (uint32_t)(i + j), pa, (size_t)payload);
		if (send_to(a, tx, len, pb, 0) < 0) {
			rc = -errno;
			break;
		}
	}
	size_t len = put_msg(tx, MSG_END, 0, pa, 0);
	send_to(a, tx, len, pb, 0);
	pthread_join(t, NULL);
	int64_t t1 = now_ns();
	close(a);
	close(b);
	*received = arg.received;
	return rc < 0 ? rc : t1 - t0;
}

/* ---- 3. generic netlink CTRL_CMD_GETFAMILY request/response ---- */

static int find_family_id(const char *buf, int len, uint32_t seq)
{
	const struct nlmsghdr *h = (const struct nlmsghdr *)buf;
	if (!NLMSG_OK(h, len) || h->nlmsg_seq != seq)
		return -EPROTO;
	if (h->nlmsg_type == NLMSG_ERROR)
		return -EPROTO;
	int alen = (int)h->nlmsg_len - NLMSG_LENGTH(GENL_HDRLEN);
	const struct nlattr *a = (const struct nlattr *)((const char *)NLMSG_DATA(h) + GENL_HDRLEN);
	while (alen >= (int)sizeof(*a) && a->nla_len >= sizeof(*a) && a->nla_len <= alen) {
		if ((a->nla_type & NLA_TYPE_MASK) == CTRL_ATTR_FAMILY_ID && a->nla_len >= NLA_HDRLEN + 2)
			return *(const uint16_t *)((const char *)a + NLA_HDRLEN);
		alen -= NLA_ALIGN(a->nla_len);
		a = (const struct nlattr *)((const char *)a + NLA_ALIGN(a->nla_len));
	}
	return -ENOENT;
}

int64_t nlb_c_genl(int iters, const char *family, int *family_id, int plain)
{
	uint32_t portid;
	int fd = open_bound(NETLINK_GENERIC, &portid);
	if (fd < 0)
		return fd;
	char tx[256], rx[32768];
	size_t nlen = strlen(family) + 1;
	int warm = iters / 20 > 10 ? iters / 20 : 10;
	int64_t t0 = now_ns(), rc = 0;
	for (int i = -warm; i < iters; i++) {
		if (i == 0)
			t0 = now_ns();
		struct nlmsghdr *h = (struct nlmsghdr *)tx;
		struct genlmsghdr *g = NLMSG_DATA(h);
		struct nlattr *a = (struct nlattr *)((char *)g + GENL_HDRLEN);
		h->nlmsg_type = GENL_ID_CTRL;
		h->nlmsg_flags = NLM_F_REQUEST;
		h->nlmsg_seq = (uint32_t)i + 1;
		h->nlmsg_pid = portid;
		g->cmd = CTRL_CMD_GETFAMILY;
		g->version = 1;
		g->reserved = 0;
		a->nla_type = CTRL_ATTR_FAMILY_NAME;
		a->nla_len = (uint16_t)(NLA_HDRLEN + nlen);
		memcpy((char *)a + NLA_HDRLEN, family, nlen);
		memset((char *)a + NLA_HDRLEN + nlen, 0, NLA_ALIGN(a->nla_len) - a->nla_len);
		h->nlmsg_len = NLMSG_LENGTH(GENL_HDRLEN + NLA_ALIGN(a->nla_len));
		if (send_to(fd, tx, h->nlmsg_len, 0, 0) < 0) {
			rc = -errno;
			break;
		}
		ssize_t n = recv_reply(fd, rx, sizeof(rx), 0, plain);
		int id = n < 0 ? -errno : find_family_id(rx, (int)n, (uint32_t)i + 1);
		if (id < 0) {
			rc = id;
			break;
		}
		*family_id = id;
	}
	int64_t t1 = now_ns();
	close(fd);
	return rc < 0 ? rc : t1 - t0;
}

/* ---- 4. route dump, every route parsed into its attributes ---- */

struct route {
	uint8_t family, dst_len, table, protocol, scope, type;
	uint32_t table32, oif, priority;
	uint8_t dst[16], gateway[16], prefsrc[16];
};

int64_t nlb_c_route_dump(int64_t *routes, uint64_t *checksum)
{
	uint32_t portid;
	int fd = open_bound(NETLINK_ROUTE, &portid);
	if (fd < 0)
		return fd;
	struct {
		struct nlmsghdr h;
		struct rtmsg r;
	} req = {
		.h = { .nlmsg_len = NLMSG_LENGTH(sizeof(struct rtmsg)), .nlmsg_type = RTM_GETROUTE,
		       .nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP, .nlmsg_seq = 1, .nlmsg_pid = portid },
		.r = { .rtm_family = AF_INET },
	};
	static char buf[32768];
	int64_t count = 0;
	uint64_t sum = 0;
	int64_t t0 = now_ns(), rc = 0;
	if (send_to(fd, &req, req.h.nlmsg_len, 0, 0) < 0) {
		rc = -errno;
		goto out;
	}
	for (;;) {
		ssize_t n = recv_from(fd, buf, sizeof(buf), 0);
		if (n < 0) {
			rc = -errno;
			goto out;
		}
		int len = (int)n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
			if (h->nlmsg_type == NLMSG_DONE)
				goto out;
			if (h->nlmsg_type == NLMSG_ERROR) {
				rc = -EPROTO;
				goto out;
			}
			if (h->nlmsg_type != RTM_NEWROUTE || h->nlmsg_len < NLMSG_LENGTH(sizeof(struct rtmsg)))
				continue;
			struct rtmsg *rm = NLMSG_DATA(h);
			struct route r = { .family = rm->rtm_family, .dst_len = rm->rtm_dst_len,
					   .table = rm->rtm_table, .protocol = rm->rtm_protocol,
					   .scope = rm->rtm_scope, .type = rm->rtm_type,
					   .table32 = rm->rtm_table };
			int alen = RTM_PAYLOAD(h);
			for (struct rtattr *a = RTM_RTA(rm); RTA_OK(a, alen); a = RTA_NEXT(a, alen)) {
				size_t plen = RTA_PAYLOAD(a);
				void *d = RTA_DATA(a);
				switch (a->rta_type) {
				case RTA_DST:
					if (plen <= 16)
						memcpy(r.dst, d, plen);
					break;
				case RTA_GATEWAY:
					if (plen <= 16)
						memcpy(r.gateway, d, plen);
					break;
				case RTA_PREFSRC:
					if (plen <= 16)
						memcpy(r.prefsrc, d, plen);
					break;
				case RTA_OIF:
					if (plen >= 4)
						memcpy(&r.oif, d, 4);
					break;
				case RTA_PRIORITY:
					if (plen >= 4)
						memcpy(&r.priority, d, 4);
					break;
				case RTA_TABLE:
					if (plen >= 4)
						memcpy(&r.table32, d, 4);
					break;
				}
			}
			count++;
			sum += (uint64_t)r.dst[0] + r.dst[1] + r.dst[2] + r.dst[3] + r.oif + r.table32;
		}
	}
out:;
	int64_t t1 = now_ns();
	close(fd);
	*routes = count;
	*checksum = sum;
	return rc < 0 ? rc : t1 - t0;
}

/* ---- 5. multicast fan-out on NETLINK_USERSOCK ---- */

struct sub_arg {
	int fd;
	int count;
	int64_t sender;
	int64_t received, overruns, last_ns;
};

static void *sub_main(void *p)
{
	struct sub_arg *a = p;
	char buf[65536];
	for (;;) {
		ssize_t n = recv_from(a->fd, buf, sizeof(buf), a->sender);
		if (n < 0) {
			if (errno == ENOBUFS) {
				a->overruns++;
				continue;
			}
			return NULL; /* timeout: the sender is done */
		}
		int len = (int)n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
			a->received++;
			a->last_ns = now_ns();
			if (h->nlmsg_seq == (uint32_t)a->count)
				return NULL;
		}
	}
}

/* One sender, `subs` subscribers of group 1, `count` messages. Returns the
 * elapsed ns from the first send to the last delivery. */
int64_t nlb_c_multicast(int count, int payload, int subs, int64_t *delivered, int64_t *overruns)
{
	struct sub_arg args[64];
	pthread_t threads[64];
	if (subs < 1 || subs > 64)
		return -EINVAL;
	uint32_t ps;
	int s = open_bound(NETLINK_USERSOCK, &ps);
	if (s < 0)
		return s;
	for (int i = 0; i < subs; i++) {
		int fd = open_bound(NETLINK_USERSOCK, NULL);
		int g = 1;
		struct timeval tv = { .tv_sec = 0, .tv_usec = 200000 };
		if (fd < 0)
			return fd;
		setsockopt(fd, SOL_NETLINK, NETLINK_ADD_MEMBERSHIP, &g, sizeof(g));
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
		args[i] = (struct sub_arg){ .fd = fd, .count = count, .sender = ps };
	}
	for (int i = 0; i < subs; i++)
		pthread_create(&threads[i], NULL, sub_main, &args[i]);
	char tx[4096];
	int64_t t0 = now_ns();
	for (int i = 1; i <= count; i++) {
		size_t len = put_msg(tx, MSG_PING, (uint32_t)i, ps, (size_t)payload);
		/* ECONNREFUSED: no kernel socket for the unicast copy, the multicast went out. */
		send_to(s, tx, len, 0, 1);
	}
	int64_t last = t0;
	*delivered = 0;
	*overruns = 0;
	for (int i = 0; i < subs; i++) {
		pthread_join(threads[i], NULL);
		*delivered += args[i].received;
		*overruns += args[i].overruns;
		if (args[i].last_ns > last)
			last = args[i].last_ns;
		close(args[i].fd);
	}
	close(s);
	return last - t0;
}

/* ---- 6. in the VM: the nlkit test kernel modules (docs/module-protocol.md) ---- */


#define NLMOD_ECHO 0x10
#define NLMOD_SUBSCRIBE 0x14
#define NLMOD_TRIGGER 0x16
#define NLMOD_PUSH 0x18
#define NLMOD_A_PAYLOAD 1
#define NLMOD_A_PORTID 2
#define NLMOD_A_SEQ 4

/* The clock both sides of workload 6 use (CLOCK_MONOTONIC, ns). */
int64_t nlb_c_now_ns(void)
{
	return now_ns();
}

/* 6a. `iters` ECHO round trips to the module on `proto`, a PAYLOAD of
 * `payload` bytes; each reply is checked: its sequence number, the same
 * PAYLOAD length, and PORTID = our portid (one walk over the attributes). */
int64_t nlb_c_vm_echo(int proto, int iters, int payload, int plain)
{
	uint32_t portid;
	if (payload < 0 || payload > 1024)
		return -EINVAL;
	int fd = open_bound(proto, &portid);
	if (fd < 0)
		return fd;
	char tx[2048], rx[8192];
	int warm = iters / 20 > 10 ? iters / 20 : 10;
	int64_t t0 = now_ns(), rc = 0;
	for (int i = -warm; i < iters; i++) {
		if (i == 0)
			t0 = now_ns();
		struct nlmsghdr *h = (struct nlmsghdr *)tx;
		struct nlattr *a = (struct nlattr *)NLMSG_DATA(h);
		a->nla_type = NLMOD_A_PAYLOAD;
		a->nla_len = (uint16_t)(NLA_HDRLEN + payload);
		memset((char *)a + NLA_HDRLEN, 0xab, (size_t)payload);
		memset((char *)a + a->nla_len, 0, NLA_ALIGN(a->nla_len) - a->nla_len);
		h->nlmsg_len = NLMSG_LENGTH(NLA_ALIGN(a->nla_len));
		h->nlmsg_type = NLMOD_ECHO;
		h->nlmsg_flags = NLM_F_REQUEST;
		h->nlmsg_seq = (uint32_t)i + 1;
		h->nlmsg_pid = portid;
		if (send_to(fd, tx, h->nlmsg_len, 0, 0) < 0) {
			rc = -errno;
			break;
		}
		ssize_t n = recv_reply(fd, rx, sizeof(rx), 0, plain);
		if (n < 0) {
			rc = -errno;
			break;
		}
		const struct nlmsghdr *r = (const struct nlmsghdr *)rx;
		int len = (int)n;
		if (!NLMSG_OK(r, len) || r->nlmsg_seq != (uint32_t)i + 1 || r->nlmsg_type != NLMOD_ECHO) {
			rc = -EPROTO;
			break;
		}
		int alen = (int)r->nlmsg_len - NLMSG_HDRLEN, got_len = -1;
		uint32_t got_port = 0;
		const struct nlattr *ra = (const struct nlattr *)NLMSG_DATA(r);
		while (alen >= (int)sizeof(*ra) && ra->nla_len >= sizeof(*ra) && ra->nla_len <= alen) {
			if ((ra->nla_type & NLA_TYPE_MASK) == NLMOD_A_PAYLOAD)
				got_len = ra->nla_len - NLA_HDRLEN;
			else if ((ra->nla_type & NLA_TYPE_MASK) == NLMOD_A_PORTID && ra->nla_len >= NLA_HDRLEN + 4)
				memcpy(&got_port, (const char *)ra + NLA_HDRLEN, 4);
			alen -= NLA_ALIGN(ra->nla_len);
			ra = (const struct nlattr *)((const char *)ra + NLA_ALIGN(ra->nla_len));
		}
		if (got_len != payload || got_port != portid) {
			rc = -EPROTO;
			break;
		}
	}
	int64_t t1 = now_ns();
	close(fd);
	return rc < 0 ? rc : t1 - t0;
}

/* The push generator of 6b, the same code for both subscribers. With
 * `batch` 0: `count` writes of "\n" to the module's debugfs trigger file
 * `path`, one event each. With `batch` > 0: `count` TRIGGER requests to the
 * module on `proto`, `batch` of them per sendto; their replies (SEQ) are
 * left queued on a socket whose receive buffer is forced large enough
 * (64 MiB) and freed at close. Each event is one PUSH per subscriber.
 * *t0 gets the clock at the first write. Returns the elapsed ns of the
 * loop or a negative errno. */
int64_t nlb_c_vm_trigger(const char *path, int proto, int batch, int count, int64_t *t0)
{
	static __thread char tx[MAX_BATCH * NLMSG_HDRLEN];
	uint32_t portid = 0;
	int fd;
	if (batch < 0 || batch > MAX_BATCH)
		return -EINVAL;
	if (batch == 0) {
		fd = open(path, O_WRONLY | O_CLOEXEC);
		if (fd < 0)
			return -errno;
	} else {
		int big = 64 << 20;
		fd = open_bound(proto, &portid);
		if (fd < 0)
			return fd;
		if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &big, sizeof(big)) < 0) {
			int e = -errno;
			close(fd);
			return e;
		}
	}
	int64_t start = now_ns(), rc = 0;
	*t0 = start;
	for (int i = 0; i < count; i += batch ? batch : 1) {
		if (batch == 0) {
			if (write(fd, "\n", 1) != 1) {
				rc = errno ? -errno : -EIO;
				break;
			}
			continue;
		}
		size_t len = 0;
		for (int j = 0; j < batch && i + j < count; j++) {
			struct nlmsghdr *h = (struct nlmsghdr *)(tx + len);
			h->nlmsg_len = NLMSG_HDRLEN;
			h->nlmsg_type = NLMOD_TRIGGER;
			h->nlmsg_flags = NLM_F_REQUEST;
			h->nlmsg_seq = (uint32_t)(i + j + 1);
			h->nlmsg_pid = portid;
			len += NLMSG_HDRLEN;
		}
		if (send_to(fd, tx, len, 0, 0) < 0) {
			rc = -errno;
			break;
		}
	}
	int64_t end = now_ns();
	close(fd);
	return rc < 0 ? rc : end - start;
}

/* Subscribes socket `fd` to the module's pushes: SUBSCRIBE with an ACK. */
static int nlmod_subscribe(int fd, uint32_t portid)
{
	struct nlmsghdr h = { .nlmsg_len = NLMSG_HDRLEN, .nlmsg_type = NLMOD_SUBSCRIBE,
			      .nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK, .nlmsg_seq = 1,
			      .nlmsg_pid = portid };
	char rx[4096];
	if (send_to(fd, &h, h.nlmsg_len, 0, 0) < 0)
		return -errno;
	ssize_t n = recv_from(fd, rx, sizeof(rx), 0);
	if (n < 0)
		return -errno;
	const struct nlmsghdr *r = (const struct nlmsghdr *)rx;
	if (n < (ssize_t)NLMSG_LENGTH(sizeof(struct nlmsgerr)) || r->nlmsg_type != NLMSG_ERROR)
		return -EPROTO;
	const struct nlmsgerr *e = NLMSG_DATA(r);
	return e->error;
}

struct trigger_arg {
	const char *path;
	int proto, batch, count;
	int64_t t0, rc;
};

static void *trigger_main(void *p)
{
	struct trigger_arg *a = p;
	a->rc = nlb_c_vm_trigger(a->path, a->proto, a->batch, a->count, &a->t0);
	return NULL;
}

/* 6b. Subscribes a socket on `proto` (receive buffer forced to `rcvbuf`
 * bytes, so that no push is dropped), starts the generator thread
 * (nlb_c_vm_trigger with `trigger` and `gen_batch`) and
 * receives pushes until `count` arrived or `timeout_ms` passed without one;
 * the SEQ attribute of each is read and must grow. Returns the ns from the
 * generator's first write to the last push received; *received,
 * *overruns (ENOBUFS) and *gen_ns (the generator's own loop time). */
int64_t nlb_c_vm_push(int proto, int count, const char *trigger, int gen_batch, int rcvbuf, int timeout_ms,
		      int64_t *received, int64_t *overruns, int64_t *gen_ns)
{
	uint32_t portid;
	int fd = open_bound(proto, &portid);
	if (fd < 0)
		return fd;
	struct timeval tv = { .tv_sec = timeout_ms / 1000, .tv_usec = (timeout_ms % 1000) * 1000 };
	int rc = 0;
	if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof(rcvbuf)) < 0 ||
	    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv)) < 0)
		rc = -errno;
	if (!rc)
		rc = nlmod_subscribe(fd, portid);
	if (rc) {
		close(fd);
		return rc;
	}
	struct trigger_arg arg = { .path = trigger, .proto = proto, .batch = gen_batch, .count = count };
	pthread_t t;
	if ((rc = pthread_create(&t, NULL, trigger_main, &arg)) != 0) {
		close(fd);
		return -rc;
	}
	char buf[8192];
	int64_t got = 0, over = 0, last = 0;
	uint64_t prev = 0;
	int64_t err = 0;
	while (got < count) {
		ssize_t n = recv_from(fd, buf, sizeof(buf), 0);
		if (n < 0) {
			if (errno == ENOBUFS) {
				over++;
				continue;
			}
			break; /* timeout: the generator is done, the rest was lost */
		}
		int len = (int)n;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, len); h = NLMSG_NEXT(h, len)) {
			if (h->nlmsg_type != NLMOD_PUSH)
				continue;
			uint64_t seq = 0;
			int alen = (int)h->nlmsg_len - NLMSG_HDRLEN;
			const struct nlattr *a = (const struct nlattr *)NLMSG_DATA(h);
			while (alen >= (int)sizeof(*a) && a->nla_len >= sizeof(*a) && a->nla_len <= alen) {
				if ((a->nla_type & NLA_TYPE_MASK) == NLMOD_A_SEQ && a->nla_len >= NLA_HDRLEN + 8) {
					memcpy(&seq, (const char *)a + NLA_HDRLEN, 8);
					break;
				}
				alen -= NLA_ALIGN(a->nla_len);
				a = (const struct nlattr *)((const char *)a + NLA_ALIGN(a->nla_len));
			}
			if (seq <= prev)
				err = -EPROTO;
			prev = seq;
			got++;
			last = now_ns();
		}
	}
	pthread_join(t, NULL);
	close(fd);
	*received = got;
	*overruns = over;
	*gen_ns = arg.rc;
	if (arg.rc < 0)
		return arg.rc;
	if (err < 0)
		return err;
	return got ? last - arg.t0 : -ETIMEDOUT;
}
