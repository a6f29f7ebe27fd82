// SPDX-License-Identifier: GPL-2.0
/*
 * netlink_mod_a.c - netlink test module A (protocol 17 by default).
 *
 * All the work is in nlkit_core.c, compiled into this module as a private
 * copy (see Kbuild): module A and module B share no state.
 */
#include "nlkit_core.c"

static int proto = NLKIT_MOD_PROTO_A;
module_param(proto, int, 0444);
MODULE_PARM_DESC(proto, "Netlink protocol number (default " __stringify(NLKIT_MOD_PROTO_A) ")");

static struct nlkit_core *nlkit_mod_a;

static int __init netlink_mod_a_init(void)
{
	nlkit_mod_a = nlkit_core_create(proto);
	return PTR_ERR_OR_ZERO(nlkit_mod_a);
}

static void __exit netlink_mod_a_exit(void)
{
	nlkit_core_destroy(nlkit_mod_a);
}

module_init(netlink_mod_a_init);
module_exit(netlink_mod_a_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nlkit netlink test module A");
