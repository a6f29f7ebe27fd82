// SPDX-License-Identifier: GPL-2.0
/*
 * log.c - bare (seed) messages in the kernel log, every message in a
 * tracepoint.
 *
 * A bare message (no NLM_F_REQUEST, or a type below NLMSG_MIN_TYPE) is
 * logged as text, as the seed expects, rate-limited per sending user so
 * that one user cannot crowd out the others: each kuid hashes to one of
 * NLKIT_LOG_SLOTS rate limits (100 lines per 5 s each). The text is
 * escaped so that the log stays readable and unambiguous: valid UTF-8
 * passes, while C0 and C1 control characters, DEL, bidirectional
 * controls and every byte of invalid UTF-8 are written \xNN.
 *
 * For high volume, the tracepoint nlkit_msg (events/<module>/nlkit_msg in
 * tracefs) carries every message, bare or typed, with its header and the
 * first NLKIT_TRACE_DATA payload bytes, at no cost while disabled.
 */
#define CREATE_TRACE_POINTS
#include "nlkit_trace.h"

#define NLKIT_LOG_BUF		256	/* escaped text in one log line */
#define NLKIT_LOG_SLOTS_BITS	6
#define NLKIT_LOG_SLOTS		BIT(NLKIT_LOG_SLOTS_BITS)

static struct ratelimit_state nlkit_log_rs[NLKIT_LOG_SLOTS];

static void nlkit_log_init(void)
{
	int i;

	for (i = 0; i < NLKIT_LOG_SLOTS; i++)
		ratelimit_state_init(&nlkit_log_rs[i], 5 * HZ, 100);
}

/*
 * Length (1..4) of the well-formed UTF-8 sequence at @s (at most @n bytes)
 * and its code point in *@cp; 0 for ill-formed input (stray continuation,
 * overlong form, surrogate, above U+10FFFF, cut short).
 */
static unsigned int nlkit_utf8_len(const u8 *s, size_t n, u32 *cp)
{
	unsigned int len, i;
	u32 v, min;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		v = s[0] & 0x1f;
		min = 0x80;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		v = s[0] & 0x0f;
		min = 0x800;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		v = s[0] & 0x07;
		min = 0x10000;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3f);
	}
	if (v < min || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff))
		return 0;
	*cp = v;
	return len;
}

/* Code points written as \xNN bytes even when well-formed. */
static bool nlkit_cp_escaped(u32 cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) ||
	       (cp >= 0x202a && cp <= 0x202e) ||	/* bidi embeddings */
	       (cp >= 0x2066 && cp <= 0x2069) ||	/* bidi isolates */
	       cp == 0x2028 || cp == 0x2029;		/* line separators */
}

/*
 * Escape @src into @dst (NUL-terminated, @size bytes). A character is
 * written whole or not at all, so a cut never splits a sequence. Returns
 * true if @src did not fit.
 */
static bool nlkit_escape(char *dst, size_t size, const u8 *src, size_t len)
{
	size_t i = 0, o = 0;

	while (i < len) {
		unsigned int n, k;
		bool hex;
		u32 cp;

		n = nlkit_utf8_len(src + i, len - i, &cp);
		hex = !n || nlkit_cp_escaped(cp);
		if (!n)
			n = 1;
		if (hex) {
			if (o + 4 * n >= size)
				break;
			for (k = 0; k < n; k++) {
				dst[o++] = '\\';
				dst[o++] = 'x';
				dst[o++] = hex_asc_hi(src[i + k]);
				dst[o++] = hex_asc_lo(src[i + k]);
			}
		} else if (cp == '"' || cp == '\\') {
			if (o + 2 >= size)
				break;
			dst[o++] = '\\';
			dst[o++] = cp;
		} else {
			if (o + n >= size)
				break;
			memcpy(dst + o, src + i, n);
			o += n;
		}
		i += n;
	}
	dst[o] = '\0';
	return i < len;
}

static bool nlkit_is_bare(const struct nlmsghdr *nlh)
{
	return !(nlh->nlmsg_flags & NLM_F_REQUEST) ||
	       nlh->nlmsg_type < NLMSG_MIN_TYPE;
}

static void nlkit_log_bare(struct sk_buff *skb, const struct nlmsghdr *nlh)
{
	kuid_t uid = NETLINK_CB(skb).creds.uid;
	const char *text = nlmsg_data(nlh);
	struct ratelimit_state *rs;
	char buf[NLKIT_LOG_BUF];
	bool cut;

	rs = &nlkit_log_rs[hash_32(__kuid_val(uid), NLKIT_LOG_SLOTS_BITS)];
	if (!__ratelimit(rs))
		return;
	cut = nlkit_escape(buf, sizeof(buf), (const u8 *)text,
			   strnlen(text, nlmsg_len(nlh)));
	pr_info("received from portid %u: \"%s\"%s\n", NETLINK_CB(skb).portid,
		buf, cut ? " (truncated)" : "");
}

/*
 * netlink_rcv_skb() skips messages without NLM_F_REQUEST or with a type
 * below NLMSG_MIN_TYPE; trace every message and log those here, with the
 * same framing checks.
 */
static void nlkit_scan(struct nlkit_net *nn, struct sk_buff *skb)
{
	struct nlmsghdr *nlh;
	int rem;

	nlmsg_for_each_msg(nlh, nlmsg_hdr(skb), skb->len, rem) {
		trace_nlkit_msg(nn->net, NETLINK_CB(skb).portid, nlh);
		nlkit_inc(nn, NLKIT_MOD_STAT_MSGS_IN);
		if (!nlkit_is_bare(nlh)) {
			nlkit_inc(nn, NLKIT_MOD_STAT_REQUESTS_IN);
			continue;
		}
		nlkit_inc(nn, NLKIT_MOD_STAT_BARE_IN);
		nlkit_log_bare(skb, nlh);
	}
}
