#!/bin/bash
# The debug guest kernel's configuration (built by `cargo xtask vm fetch --kernel debug`).
# tinyconfig + what an initramfs boot of the nlkit guest needs + the kernel's bug detectors.
# Based on the checked recipe in /work/shared/recipes/debug-kernel (plus SMP, INET, nlmon, dummy).
# One coordinated change (docs/vm.md, "The debug kernel's configuration") added what the
# kernel-hardening, capture and harness work needs: user namespaces, memcg, BPF + kprobes +
# tracepoints, BTF (CO-RE capture; DWARF debug info for gdb as a side effect), virtio
# (virtio-pci, -blk, -console, virtiofs, 9p) for a folder shared with the host.
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
# containers: user namespaces (a container's root), memory cgroups (GFP_KERNEL_ACCOUNT charges)
$C -e USER_NS -e PID_NS -e IPC_NS -e CGROUPS -e MEMCG
# eBPF capture and tracepoints: BPF syscall + JIT, kprobes, perf events, trace events
$C -e BPF -e BPF_SYSCALL -e BPF_JIT -e KPROBES -e PERF_EVENTS -e FTRACE -e KPROBE_EVENTS
$C -e BPF_EVENTS -e TRACING -e EVENT_TRACING
# BTF for CO-RE programs (needs pahole at configure time: the `dwarves` package); vmlinux keeps
# its DWARF, so gdb gets symbols without a second build. Modules built against this tree get no
# BTF (their build then needs no pahole).
$C -d DEBUG_INFO_NONE -e DEBUG_INFO_DWARF_TOOLCHAIN_DEFAULT -d DEBUG_INFO_REDUCED
$C -d DEBUG_INFO_SPLIT -e DEBUG_INFO_BTF -d DEBUG_INFO_BTF_MODULES
# virtio for a folder shared with the host: virtio-pci, -blk, -console, virtiofs (FUSE), 9p
$C -e VIRTIO_MENU -e VIRTIO -e VIRTIO_PCI -e BLOCK -e VIRTIO_BLK -e VIRTIO_CONSOLE
$C -e FUSE_FS -e VIRTIO_FS -e NET_9P -e NET_9P_VIRTIO -e 9P_FS -e OVERLAY_FS
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
    DEBUG_OBJECTS_FREE UBSAN_BOUNDS SLUB_DEBUG KFENCE MODULE_UNLOAD DEBUG_FS PCI ACPI INET PACKET \
    USER_NS MEMCG BPF_SYSCALL BPF_JIT KPROBES KPROBE_EVENTS BPF_EVENTS EVENT_TRACING DEBUG_INFO_BTF \
    VIRTIO_PCI VIRTIO_BLK VIRTIO_CONSOLE VIRTIO_FS NET_9P_VIRTIO 9P_FS OVERLAY_FS; do
    grep -qx "CONFIG_$opt=y" .config || { echo "config.sh: CONFIG_$opt did not stick" >&2; exit 1; }
done
for opt in DUMMY NLMON; do
    grep -qx "CONFIG_$opt=m" .config || { echo "config.sh: CONFIG_$opt=m did not stick" >&2; exit 1; }
done
