/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nlkit_core.h - the netlink endpoint shared by netlink_mod_a and
 * netlink_mod_b.
 *
 * Each module compiles its own private copy of nlkit_core.c (it includes
 * the file, see Kbuild), so the two modules share no symbol and no state:
 * each .ko loads on its own with finit_module(), like the seed's modules.
 */
#ifndef NLKIT_CORE_H
#define NLKIT_CORE_H

#include <linux/types.h>

struct nlkit_core;

/**
 * nlkit_core_create() - create one netlink endpoint
 * @proto: netlink protocol number (0..MAX_LINKS-1)
 *
 * Uses the module parameters of the including module (timer_ms, work_ms,
 * max_subscribers, nonroot_recv, nonroot_send, release_notify).
 *
 * Return: the endpoint, or an ERR_PTR(): -EINVAL for a bad parameter,
 * -EBUSY when the protocol number is taken, -ENOMEM.
 */
struct nlkit_core *nlkit_core_create(int proto);

/**
 * nlkit_core_destroy() - stop all pushes and release the endpoint
 * @core: endpoint from nlkit_core_create()
 */
void nlkit_core_destroy(struct nlkit_core *core);

#endif /* NLKIT_CORE_H */
