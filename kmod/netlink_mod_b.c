// SPDX-License-Identifier: GPL-2.0
/*
 * Netlink test module B (protocol 18 by default).
 *
 * The module is this wrapper plus a private copy of the core (the files
 * in core/, one translation unit; see Kbuild): modules A and B share no
 * symbol and no state, and each loads on its own.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#define NLKIT_PROTO_DEFAULT	NLKIT_MOD_PROTO_B
#define NLKIT_TRACE_SYSTEM	netlink_mod_b

#include "core/nlkit.h"

#include "core/subs.c"
#include "core/fanout.c"
#include "core/log.c"
#include "core/requests.c"
#include "core/debugfs.c"
#include "core/pernet.c"

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nlkit netlink test module B");
