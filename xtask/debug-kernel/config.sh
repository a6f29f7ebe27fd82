#!/bin/bash
# The debug guest kernel's configuration (built by `cargo xtask vm fetch --kernel debug`).
# tinyconfig + what an initramfs boot of the nlkit guest needs + the kernel's bug detectors.
# Based on the checked recipe in /work/shared/recipes/debug-kernel (plus SMP, INET, nlmon, dummy).
# A hash of this file is part of the cache key: editing it rebuilds the kernel.
set -euo pipefail
cd "${1:?usage: config.sh KERNEL_SOURCE_TREE}"
make -s tinyconfig
C=scripts/config
# base / boot
$C -e 64BIT -e PRINTK -e PRINTK_TIME -e EARLY_PRINTK -e BUG -e KALLSYMS -e KALLSYMS_ALL
$C -e TTY -e SERIAL_8250 -e SERIAL_8250_CONSOLE
$C -e BLK_DEV_INITRD -e RD_GZIP -d RD_BZIP2 -d RD_LZMA -d RD_XZ -d RD_LZO -d RD_LZ4 -d RD_ZSTD
$C -d KERNEL_XZ -e KERNEL_GZIP
$C -e DEVTMPFS -e DEVTMPFS_MOUNT -e PROC_FS -e PROC_SYSCTL -e SYSFS -e BINFMT_ELF -e BINFMT_SCRIPT
$C -e MODULES -e MODULE_UNLOAD
$C -e MULTIUSER -e FUTEX -e POSIX_TIMERS -e EPOLL -e EVENTFD -e TIMERFD -e SIGNALFD -e SHMEM -e TMPFS
$C -e ACPI -e PCI                            # ACPI S5 poweroff; QEMU pc DSDT needs PCI or ACPI init fails
$C -e UNWINDER_ORC -d UNWINDER_GUESS
# two virtual CPUs: races need real parallelism
$C -e SMP --set-val NR_CPUS 8
# networking: netlink, rtnetlink, AF_PACKET (nlmon captures), IPv4 (addresses/routes), namespaces,
# nlmon and dummy as modules
$C -e NET -e UNIX -e PACKET -e NETLINK_DIAG -e INET -e NAMESPACES -e NET_NS -e UTS_NS
$C -e NETDEVICES -e NET_CORE -m DUMMY -m NLMON
# allocator: KASAN/KFENCE/SLUB_DEBUG need SLUB (tinyconfig picks SLOB)
$C -d SLOB -e SLUB -e SLUB_DEBUG
# debug options
$C -e DEBUG_KERNEL -e DEBUG_FS -e DEBUG_FS_ALLOW_ALL
$C -e KASAN -e KASAN_GENERIC -e KASAN_INLINE -d KASAN_OUTLINE
$C -e DEBUG_KMEMLEAK -d DEBUG_KMEMLEAK_DEFAULT_OFF -d DEBUG_KMEMLEAK_AUTO_SCAN
$C -e PROVE_LOCKING -e LOCKDEP -e DEBUG_ATOMIC_SLEEP
$C -e DEBUG_OBJECTS -e DEBUG_OBJECTS_TIMERS -e DEBUG_OBJECTS_FREE
$C -e UBSAN -e UBSAN_BOUNDS
$C -d PANIC_ON_OOPS
$C -e KFENCE
make -s olddefconfig
# olddefconfig silently drops options whose dependencies are missing: check the ones that matter.
for opt in SMP KASAN DEBUG_KMEMLEAK PROVE_LOCKING DEBUG_ATOMIC_SLEEP DEBUG_OBJECTS_TIMERS \
    DEBUG_OBJECTS_FREE UBSAN_BOUNDS SLUB_DEBUG KFENCE MODULE_UNLOAD DEBUG_FS PCI ACPI INET PACKET; do
    grep -qx "CONFIG_$opt=y" .config || { echo "config.sh: CONFIG_$opt did not stick" >&2; exit 1; }
done
for opt in DUMMY NLMON; do
    grep -qx "CONFIG_$opt=m" .config || { echo "config.sh: CONFIG_$opt=m did not stick" >&2; exit 1; }
done
