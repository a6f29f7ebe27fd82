// Generated from the kernel's rt_link.yaml and specs/rt-link.overlay.yaml by `NLKIT_REGEN=1 cargo test -p nlkit --test generated_families`; do not edit.
// Rust for the `rt-link` netlink family, from its YNL spec.

#[allow(unused_imports)]
use crate::wire as nlw;

/// The family's name (generic netlink: the name the controller resolves).
///
/// Link configuration over rtnetlink.
pub const FAMILY_NAME: &str = "rt-link";
/// The netlink protocol number (`NETLINK_GENERIC` for generic netlink).
pub const PROTONUM: u16 = 0;

/// Constants, enums, flags and structs of the spec's `definitions`.
pub mod defs {
    #[allow(unused_imports)]
    use super::nlw;

    /// `ifinfo-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct IfinfoFlags(pub u32);

    impl IfinfoFlags {
        /// `up`.
        pub const UP: IfinfoFlags = IfinfoFlags(1);
        /// `broadcast`.
        pub const BROADCAST: IfinfoFlags = IfinfoFlags(2);
        /// `debug`.
        pub const DEBUG: IfinfoFlags = IfinfoFlags(4);
        /// `loopback`.
        pub const LOOPBACK: IfinfoFlags = IfinfoFlags(8);
        /// `point-to-point`.
        pub const POINT_TO_POINT: IfinfoFlags = IfinfoFlags(16);
        /// `no-trailers`.
        pub const NO_TRAILERS: IfinfoFlags = IfinfoFlags(32);
        /// `running`.
        pub const RUNNING: IfinfoFlags = IfinfoFlags(64);
        /// `no-arp`.
        pub const NO_ARP: IfinfoFlags = IfinfoFlags(128);
        /// `promisc`.
        pub const PROMISC: IfinfoFlags = IfinfoFlags(256);
        /// `all-multi`.
        pub const ALL_MULTI: IfinfoFlags = IfinfoFlags(512);
        /// `master`.
        pub const MASTER: IfinfoFlags = IfinfoFlags(1024);
        /// `slave`.
        pub const SLAVE: IfinfoFlags = IfinfoFlags(2048);
        /// `multicast`.
        pub const MULTICAST: IfinfoFlags = IfinfoFlags(4096);
        /// `portsel`.
        pub const PORTSEL: IfinfoFlags = IfinfoFlags(8192);
        /// `auto-media`.
        pub const AUTO_MEDIA: IfinfoFlags = IfinfoFlags(16384);
        /// `dynamic`.
        pub const DYNAMIC: IfinfoFlags = IfinfoFlags(32768);
        /// `lower-up`.
        pub const LOWER_UP: IfinfoFlags = IfinfoFlags(65536);
        /// `dormant`.
        pub const DORMANT: IfinfoFlags = IfinfoFlags(131072);
        /// `echo`.
        pub const ECHO: IfinfoFlags = IfinfoFlags(262144);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(IfinfoFlags, &'static str)] = &[
            (IfinfoFlags::UP, "up"),
            (IfinfoFlags::BROADCAST, "broadcast"),
            (IfinfoFlags::DEBUG, "debug"),
            (IfinfoFlags::LOOPBACK, "loopback"),
            (IfinfoFlags::POINT_TO_POINT, "point-to-point"),
            (IfinfoFlags::NO_TRAILERS, "no-trailers"),
            (IfinfoFlags::RUNNING, "running"),
            (IfinfoFlags::NO_ARP, "no-arp"),
            (IfinfoFlags::PROMISC, "promisc"),
            (IfinfoFlags::ALL_MULTI, "all-multi"),
            (IfinfoFlags::MASTER, "master"),
            (IfinfoFlags::SLAVE, "slave"),
            (IfinfoFlags::MULTICAST, "multicast"),
            (IfinfoFlags::PORTSEL, "portsel"),
            (IfinfoFlags::AUTO_MEDIA, "auto-media"),
            (IfinfoFlags::DYNAMIC, "dynamic"),
            (IfinfoFlags::LOWER_UP, "lower-up"),
            (IfinfoFlags::DORMANT, "dormant"),
            (IfinfoFlags::ECHO, "echo"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            IfinfoFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: IfinfoFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for IfinfoFlags {
        fn from(v: u32) -> Self {
            IfinfoFlags(v)
        }
    }

    impl From<IfinfoFlags> for u32 {
        fn from(v: IfinfoFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for IfinfoFlags {
        type Output = IfinfoFlags;
        fn bitor(self, o: IfinfoFlags) -> IfinfoFlags {
            IfinfoFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for IfinfoFlags {
        type Output = IfinfoFlags;
        fn bitand(self, o: IfinfoFlags) -> IfinfoFlags {
            IfinfoFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for IfinfoFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in IfinfoFlags::ENTRIES {
                if v.0 != 0 && self.0 & v.0 == v.0 && rest & v.0 != 0 {
                    f.write_str(if first { "" } else { " | " })?;
                    f.write_str(n)?;
                    rest &= !v.0;
                    first = false;
                }
            }
            if rest != 0 || first {
                write!(f, "{}{:#x}", if first { "" } else { " | " }, rest)?;
            }
            Ok(())
        }
    }

    /// `vlan-protocols` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct VlanProtocols(pub u32);

    impl VlanProtocols {
        /// `8021q`.
        pub const _8021Q: VlanProtocols = VlanProtocols(33024);
        /// `8021ad`.
        pub const _8021AD: VlanProtocols = VlanProtocols(34984);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(VlanProtocols, &'static str)] = &[
            (VlanProtocols::_8021Q, "8021q"),
            (VlanProtocols::_8021AD, "8021ad"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            VlanProtocols::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for VlanProtocols {
        fn from(v: u32) -> Self {
            VlanProtocols(v)
        }
    }

    impl From<VlanProtocols> for u32 {
        fn from(v: VlanProtocols) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for VlanProtocols {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "VlanProtocols({})", self.0),
            }
        }
    }

    /// `struct rtgenmsg`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Rtgenmsg {
        /// `family` (u8).
        pub family: u8,
    }

    impl Rtgenmsg {
        /// Its size on the wire.
        pub const LEN: usize = 1;
    }

    impl Default for Rtgenmsg {
        fn default() -> Self {
            <Rtgenmsg as nlw::FixedHeader>::decode(&[0u8; 1])
        }
    }

    impl nlw::FixedHeader for Rtgenmsg {
        const LEN: usize = 1;
        const NAME: &'static str = "rtgenmsg";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Rtgenmsg {
                family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.family.to_ne_bytes());
        }
    }

    /// `struct ifinfomsg`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Ifinfomsg {
        /// `ifi-family` (u8).
        pub ifi_family: u8,
        /// padding, kept as it came.
        pub pad: [u8; 1],
        /// `ifi-type` (u16).
        pub ifi_type: super::defs::Arphrd,
        /// `ifi-index` (s32).
        pub ifi_index: i32,
        /// `ifi-flags` (u32).
        pub ifi_flags: super::defs::IfinfoFlags,
        /// `ifi-change` (u32).
        pub ifi_change: u32,
    }

    impl Ifinfomsg {
        /// Its size on the wire.
        pub const LEN: usize = 16;
    }

    impl Default for Ifinfomsg {
        fn default() -> Self {
            <Ifinfomsg as nlw::FixedHeader>::decode(&[0u8; 16])
        }
    }

    impl nlw::FixedHeader for Ifinfomsg {
        const LEN: usize = 16;
        const NAME: &'static str = "ifinfomsg";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Ifinfomsg {
                ifi_family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
                pad: nlw::ynl::arr(b, 1),
                ifi_type: super::defs::Arphrd(u16::from_ne_bytes(nlw::ynl::arr(b, 2)) as u32),
                ifi_index: i32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                ifi_flags: super::defs::IfinfoFlags(u32::from_ne_bytes(nlw::ynl::arr(b, 8))),
                ifi_change: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.ifi_family.to_ne_bytes());
            out[1..2].copy_from_slice(&self.pad);
            out[2..4].copy_from_slice(&(self.ifi_type.0 as u16).to_ne_bytes());
            out[4..8].copy_from_slice(&self.ifi_index.to_ne_bytes());
            out[8..12].copy_from_slice(&self.ifi_flags.0.to_ne_bytes());
            out[12..16].copy_from_slice(&self.ifi_change.to_ne_bytes());
        }
    }

    /// `struct ifla-bridge-id`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaBridgeId {
        /// `prio` (u16).
        pub prio: u16,
        /// `addr` (binary).
        pub addr: [u8; 6],
    }

    impl IflaBridgeId {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaBridgeId {
        fn default() -> Self {
            <IflaBridgeId as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaBridgeId {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-bridge-id";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaBridgeId {
                prio: u16::from_ne_bytes(nlw::ynl::arr(b, 0)),
                addr: nlw::ynl::arr(b, 2),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..2].copy_from_slice(&self.prio.to_ne_bytes());
            out[2..8].copy_from_slice(&self.addr);
        }
    }

    /// `struct ifla-cacheinfo`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaCacheinfo {
        /// `max-reasm-len` (u32).
        pub max_reasm_len: u32,
        /// `tstamp` (u32).
        pub tstamp: u32,
        /// `reachable-time` (s32).
        pub reachable_time: i32,
        /// `retrans-time` (u32).
        pub retrans_time: u32,
    }

    impl IflaCacheinfo {
        /// Its size on the wire.
        pub const LEN: usize = 16;
    }

    impl Default for IflaCacheinfo {
        fn default() -> Self {
            <IflaCacheinfo as nlw::FixedHeader>::decode(&[0u8; 16])
        }
    }

    impl nlw::FixedHeader for IflaCacheinfo {
        const LEN: usize = 16;
        const NAME: &'static str = "ifla-cacheinfo";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaCacheinfo {
                max_reasm_len: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                tstamp: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                reachable_time: i32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                retrans_time: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.max_reasm_len.to_ne_bytes());
            out[4..8].copy_from_slice(&self.tstamp.to_ne_bytes());
            out[8..12].copy_from_slice(&self.reachable_time.to_ne_bytes());
            out[12..16].copy_from_slice(&self.retrans_time.to_ne_bytes());
        }
    }

    /// `struct rtnl-link-stats`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct RtnlLinkStats {
        /// `rx-packets` (u32).
        pub rx_packets: u32,
        /// `tx-packets` (u32).
        pub tx_packets: u32,
        /// `rx-bytes` (u32).
        pub rx_bytes: u32,
        /// `tx-bytes` (u32).
        pub tx_bytes: u32,
        /// `rx-errors` (u32).
        pub rx_errors: u32,
        /// `tx-errors` (u32).
        pub tx_errors: u32,
        /// `rx-dropped` (u32).
        pub rx_dropped: u32,
        /// `tx-dropped` (u32).
        pub tx_dropped: u32,
        /// `multicast` (u32).
        pub multicast: u32,
        /// `collisions` (u32).
        pub collisions: u32,
        /// `rx-length-errors` (u32).
        pub rx_length_errors: u32,
        /// `rx-over-errors` (u32).
        pub rx_over_errors: u32,
        /// `rx-crc-errors` (u32).
        pub rx_crc_errors: u32,
        /// `rx-frame-errors` (u32).
        pub rx_frame_errors: u32,
        /// `rx-fifo-errors` (u32).
        pub rx_fifo_errors: u32,
        /// `rx-missed-errors` (u32).
        pub rx_missed_errors: u32,
        /// `tx-aborted-errors` (u32).
        pub tx_aborted_errors: u32,
        /// `tx-carrier-errors` (u32).
        pub tx_carrier_errors: u32,
        /// `tx-fifo-errors` (u32).
        pub tx_fifo_errors: u32,
        /// `tx-heartbeat-errors` (u32).
        pub tx_heartbeat_errors: u32,
        /// `tx-window-errors` (u32).
        pub tx_window_errors: u32,
        /// `rx-compressed` (u32).
        pub rx_compressed: u32,
        /// `tx-compressed` (u32).
        pub tx_compressed: u32,
        /// `rx-nohandler` (u32).
        pub rx_nohandler: u32,
    }

    impl RtnlLinkStats {
        /// Its size on the wire.
        pub const LEN: usize = 96;
    }

    impl Default for RtnlLinkStats {
        fn default() -> Self {
            <RtnlLinkStats as nlw::FixedHeader>::decode(&[0u8; 96])
        }
    }

    impl nlw::FixedHeader for RtnlLinkStats {
        const LEN: usize = 96;
        const NAME: &'static str = "rtnl-link-stats";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            RtnlLinkStats {
                rx_packets: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                tx_packets: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                rx_bytes: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                tx_bytes: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
                rx_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 16)),
                tx_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 20)),
                rx_dropped: u32::from_ne_bytes(nlw::ynl::arr(b, 24)),
                tx_dropped: u32::from_ne_bytes(nlw::ynl::arr(b, 28)),
                multicast: u32::from_ne_bytes(nlw::ynl::arr(b, 32)),
                collisions: u32::from_ne_bytes(nlw::ynl::arr(b, 36)),
                rx_length_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 40)),
                rx_over_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 44)),
                rx_crc_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 48)),
                rx_frame_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 52)),
                rx_fifo_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 56)),
                rx_missed_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 60)),
                tx_aborted_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 64)),
                tx_carrier_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 68)),
                tx_fifo_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 72)),
                tx_heartbeat_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 76)),
                tx_window_errors: u32::from_ne_bytes(nlw::ynl::arr(b, 80)),
                rx_compressed: u32::from_ne_bytes(nlw::ynl::arr(b, 84)),
                tx_compressed: u32::from_ne_bytes(nlw::ynl::arr(b, 88)),
                rx_nohandler: u32::from_ne_bytes(nlw::ynl::arr(b, 92)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.rx_packets.to_ne_bytes());
            out[4..8].copy_from_slice(&self.tx_packets.to_ne_bytes());
            out[8..12].copy_from_slice(&self.rx_bytes.to_ne_bytes());
            out[12..16].copy_from_slice(&self.tx_bytes.to_ne_bytes());
            out[16..20].copy_from_slice(&self.rx_errors.to_ne_bytes());
            out[20..24].copy_from_slice(&self.tx_errors.to_ne_bytes());
            out[24..28].copy_from_slice(&self.rx_dropped.to_ne_bytes());
            out[28..32].copy_from_slice(&self.tx_dropped.to_ne_bytes());
            out[32..36].copy_from_slice(&self.multicast.to_ne_bytes());
            out[36..40].copy_from_slice(&self.collisions.to_ne_bytes());
            out[40..44].copy_from_slice(&self.rx_length_errors.to_ne_bytes());
            out[44..48].copy_from_slice(&self.rx_over_errors.to_ne_bytes());
            out[48..52].copy_from_slice(&self.rx_crc_errors.to_ne_bytes());
            out[52..56].copy_from_slice(&self.rx_frame_errors.to_ne_bytes());
            out[56..60].copy_from_slice(&self.rx_fifo_errors.to_ne_bytes());
            out[60..64].copy_from_slice(&self.rx_missed_errors.to_ne_bytes());
            out[64..68].copy_from_slice(&self.tx_aborted_errors.to_ne_bytes());
            out[68..72].copy_from_slice(&self.tx_carrier_errors.to_ne_bytes());
            out[72..76].copy_from_slice(&self.tx_fifo_errors.to_ne_bytes());
            out[76..80].copy_from_slice(&self.tx_heartbeat_errors.to_ne_bytes());
            out[80..84].copy_from_slice(&self.tx_window_errors.to_ne_bytes());
            out[84..88].copy_from_slice(&self.rx_compressed.to_ne_bytes());
            out[88..92].copy_from_slice(&self.tx_compressed.to_ne_bytes());
            out[92..96].copy_from_slice(&self.rx_nohandler.to_ne_bytes());
        }
    }

    /// `struct rtnl-link-stats64`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct RtnlLinkStats64 {
        /// `rx-packets` (u64).
        pub rx_packets: u64,
        /// `tx-packets` (u64).
        pub tx_packets: u64,
        /// `rx-bytes` (u64).
        pub rx_bytes: u64,
        /// `tx-bytes` (u64).
        pub tx_bytes: u64,
        /// `rx-errors` (u64).
        pub rx_errors: u64,
        /// `tx-errors` (u64).
        pub tx_errors: u64,
        /// `rx-dropped` (u64).
        pub rx_dropped: u64,
        /// `tx-dropped` (u64).
        pub tx_dropped: u64,
        /// `multicast` (u64).
        pub multicast: u64,
        /// `collisions` (u64).
        pub collisions: u64,
        /// `rx-length-errors` (u64).
        pub rx_length_errors: u64,
        /// `rx-over-errors` (u64).
        pub rx_over_errors: u64,
        /// `rx-crc-errors` (u64).
        pub rx_crc_errors: u64,
        /// `rx-frame-errors` (u64).
        pub rx_frame_errors: u64,
        /// `rx-fifo-errors` (u64).
        pub rx_fifo_errors: u64,
        /// `rx-missed-errors` (u64).
        pub rx_missed_errors: u64,
        /// `tx-aborted-errors` (u64).
        pub tx_aborted_errors: u64,
        /// `tx-carrier-errors` (u64).
        pub tx_carrier_errors: u64,
        /// `tx-fifo-errors` (u64).
        pub tx_fifo_errors: u64,
        /// `tx-heartbeat-errors` (u64).
        pub tx_heartbeat_errors: u64,
        /// `tx-window-errors` (u64).
        pub tx_window_errors: u64,
        /// `rx-compressed` (u64).
        pub rx_compressed: u64,
        /// `tx-compressed` (u64).
        pub tx_compressed: u64,
        /// `rx-nohandler` (u64).
        pub rx_nohandler: u64,
        /// `rx-otherhost-dropped` (u64).
        pub rx_otherhost_dropped: u64,
    }

    impl RtnlLinkStats64 {
        /// Its size on the wire.
        pub const LEN: usize = 200;
    }

    impl Default for RtnlLinkStats64 {
        fn default() -> Self {
            <RtnlLinkStats64 as nlw::FixedHeader>::decode(&[0u8; 200])
        }
    }

    impl nlw::FixedHeader for RtnlLinkStats64 {
        const LEN: usize = 200;
        const NAME: &'static str = "rtnl-link-stats64";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            RtnlLinkStats64 {
                rx_packets: u64::from_ne_bytes(nlw::ynl::arr(b, 0)),
                tx_packets: u64::from_ne_bytes(nlw::ynl::arr(b, 8)),
                rx_bytes: u64::from_ne_bytes(nlw::ynl::arr(b, 16)),
                tx_bytes: u64::from_ne_bytes(nlw::ynl::arr(b, 24)),
                rx_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 32)),
                tx_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 40)),
                rx_dropped: u64::from_ne_bytes(nlw::ynl::arr(b, 48)),
                tx_dropped: u64::from_ne_bytes(nlw::ynl::arr(b, 56)),
                multicast: u64::from_ne_bytes(nlw::ynl::arr(b, 64)),
                collisions: u64::from_ne_bytes(nlw::ynl::arr(b, 72)),
                rx_length_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 80)),
                rx_over_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 88)),
                rx_crc_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 96)),
                rx_frame_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 104)),
                rx_fifo_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 112)),
                rx_missed_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 120)),
                tx_aborted_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 128)),
                tx_carrier_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 136)),
                tx_fifo_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 144)),
                tx_heartbeat_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 152)),
                tx_window_errors: u64::from_ne_bytes(nlw::ynl::arr(b, 160)),
                rx_compressed: u64::from_ne_bytes(nlw::ynl::arr(b, 168)),
                tx_compressed: u64::from_ne_bytes(nlw::ynl::arr(b, 176)),
                rx_nohandler: u64::from_ne_bytes(nlw::ynl::arr(b, 184)),
                rx_otherhost_dropped: u64::from_ne_bytes(nlw::ynl::arr(b, 192)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..8].copy_from_slice(&self.rx_packets.to_ne_bytes());
            out[8..16].copy_from_slice(&self.tx_packets.to_ne_bytes());
            out[16..24].copy_from_slice(&self.rx_bytes.to_ne_bytes());
            out[24..32].copy_from_slice(&self.tx_bytes.to_ne_bytes());
            out[32..40].copy_from_slice(&self.rx_errors.to_ne_bytes());
            out[40..48].copy_from_slice(&self.tx_errors.to_ne_bytes());
            out[48..56].copy_from_slice(&self.rx_dropped.to_ne_bytes());
            out[56..64].copy_from_slice(&self.tx_dropped.to_ne_bytes());
            out[64..72].copy_from_slice(&self.multicast.to_ne_bytes());
            out[72..80].copy_from_slice(&self.collisions.to_ne_bytes());
            out[80..88].copy_from_slice(&self.rx_length_errors.to_ne_bytes());
            out[88..96].copy_from_slice(&self.rx_over_errors.to_ne_bytes());
            out[96..104].copy_from_slice(&self.rx_crc_errors.to_ne_bytes());
            out[104..112].copy_from_slice(&self.rx_frame_errors.to_ne_bytes());
            out[112..120].copy_from_slice(&self.rx_fifo_errors.to_ne_bytes());
            out[120..128].copy_from_slice(&self.rx_missed_errors.to_ne_bytes());
            out[128..136].copy_from_slice(&self.tx_aborted_errors.to_ne_bytes());
            out[136..144].copy_from_slice(&self.tx_carrier_errors.to_ne_bytes());
            out[144..152].copy_from_slice(&self.tx_fifo_errors.to_ne_bytes());
            out[152..160].copy_from_slice(&self.tx_heartbeat_errors.to_ne_bytes());
            out[160..168].copy_from_slice(&self.tx_window_errors.to_ne_bytes());
            out[168..176].copy_from_slice(&self.rx_compressed.to_ne_bytes());
            out[176..184].copy_from_slice(&self.tx_compressed.to_ne_bytes());
            out[184..192].copy_from_slice(&self.rx_nohandler.to_ne_bytes());
            out[192..200].copy_from_slice(&self.rx_otherhost_dropped.to_ne_bytes());
        }
    }

    /// `struct rtnl-link-ifmap`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct RtnlLinkIfmap {
        /// `mem-start` (u64).
        pub mem_start: u64,
        /// `mem-end` (u64).
        pub mem_end: u64,
        /// `base-addr` (u64).
        pub base_addr: u64,
        /// `irq` (u16).
        pub irq: u16,
        /// `dma` (u8).
        pub dma: u8,
        /// `port` (u8).
        pub port: u8,
    }

    impl RtnlLinkIfmap {
        /// Its size on the wire.
        pub const LEN: usize = 28;
    }

    impl Default for RtnlLinkIfmap {
        fn default() -> Self {
            <RtnlLinkIfmap as nlw::FixedHeader>::decode(&[0u8; 28])
        }
    }

    impl nlw::FixedHeader for RtnlLinkIfmap {
        const LEN: usize = 28;
        const NAME: &'static str = "rtnl-link-ifmap";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            RtnlLinkIfmap {
                mem_start: u64::from_ne_bytes(nlw::ynl::arr(b, 0)),
                mem_end: u64::from_ne_bytes(nlw::ynl::arr(b, 8)),
                base_addr: u64::from_ne_bytes(nlw::ynl::arr(b, 16)),
                irq: u16::from_ne_bytes(nlw::ynl::arr(b, 24)),
                dma: u8::from_ne_bytes(nlw::ynl::arr(b, 26)),
                port: u8::from_ne_bytes(nlw::ynl::arr(b, 27)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..8].copy_from_slice(&self.mem_start.to_ne_bytes());
            out[8..16].copy_from_slice(&self.mem_end.to_ne_bytes());
            out[16..24].copy_from_slice(&self.base_addr.to_ne_bytes());
            out[24..26].copy_from_slice(&self.irq.to_ne_bytes());
            out[26..27].copy_from_slice(&self.dma.to_ne_bytes());
            out[27..28].copy_from_slice(&self.port.to_ne_bytes());
        }
    }

    /// `struct ipv4-devconf`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Ipv4Devconf {
        /// `forwarding` (u32).
        pub forwarding: u32,
        /// `mc-forwarding` (u32).
        pub mc_forwarding: u32,
        /// `proxy-arp` (u32).
        pub proxy_arp: u32,
        /// `accept-redirects` (u32).
        pub accept_redirects: u32,
        /// `secure-redirects` (u32).
        pub secure_redirects: u32,
        /// `send-redirects` (u32).
        pub send_redirects: u32,
        /// `shared-media` (u32).
        pub shared_media: u32,
        /// `rp-filter` (u32).
        pub rp_filter: u32,
        /// `accept-source-route` (u32).
        pub accept_source_route: u32,
        /// `bootp-relay` (u32).
        pub bootp_relay: u32,
        /// `log-martians` (u32).
        pub log_martians: u32,
        /// `tag` (u32).
        pub tag: u32,
        /// `arpfilter` (u32).
        pub arpfilter: u32,
        /// `medium-id` (u32).
        pub medium_id: u32,
        /// `noxfrm` (u32).
        pub noxfrm: u32,
        /// `nopolicy` (u32).
        pub nopolicy: u32,
        /// `force-igmp-version` (u32).
        pub force_igmp_version: u32,
        /// `arp-announce` (u32).
        pub arp_announce: u32,
        /// `arp-ignore` (u32).
        pub arp_ignore: u32,
        /// `promote-secondaries` (u32).
        pub promote_secondaries: u32,
        /// `arp-accept` (u32).
        pub arp_accept: u32,
        /// `arp-notify` (u32).
        pub arp_notify: u32,
        /// `accept-local` (u32).
        pub accept_local: u32,
        /// `src-vmark` (u32).
        pub src_vmark: u32,
        /// `proxy-arp-pvlan` (u32).
        pub proxy_arp_pvlan: u32,
        /// `route-localnet` (u32).
        pub route_localnet: u32,
        /// `igmpv2-unsolicited-report-interval` (u32).
        pub igmpv2_unsolicited_report_interval: u32,
        /// `igmpv3-unsolicited-report-interval` (u32).
        pub igmpv3_unsolicited_report_interval: u32,
        /// `ignore-routes-with-linkdown` (u32).
        pub ignore_routes_with_linkdown: u32,
        /// `drop-unicast-in-l2-multicast` (u32).
        pub drop_unicast_in_l2_multicast: u32,
        /// `drop-gratuitous-arp` (u32).
        pub drop_gratuitous_arp: u32,
        /// `bc-forwarding` (u32).
        pub bc_forwarding: u32,
        /// `arp-evict-nocarrier` (u32).
        pub arp_evict_nocarrier: u32,
    }

    impl Ipv4Devconf {
        /// Its size on the wire.
        pub const LEN: usize = 132;
    }

    impl Default for Ipv4Devconf {
        fn default() -> Self {
            <Ipv4Devconf as nlw::FixedHeader>::decode(&[0u8; 132])
        }
    }

    impl nlw::FixedHeader for Ipv4Devconf {
        const LEN: usize = 132;
        const NAME: &'static str = "ipv4-devconf";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Ipv4Devconf {
                forwarding: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                mc_forwarding: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                proxy_arp: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                accept_redirects: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
                secure_redirects: u32::from_ne_bytes(nlw::ynl::arr(b, 16)),
                send_redirects: u32::from_ne_bytes(nlw::ynl::arr(b, 20)),
                shared_media: u32::from_ne_bytes(nlw::ynl::arr(b, 24)),
                rp_filter: u32::from_ne_bytes(nlw::ynl::arr(b, 28)),
                accept_source_route: u32::from_ne_bytes(nlw::ynl::arr(b, 32)),
                bootp_relay: u32::from_ne_bytes(nlw::ynl::arr(b, 36)),
                log_martians: u32::from_ne_bytes(nlw::ynl::arr(b, 40)),
                tag: u32::from_ne_bytes(nlw::ynl::arr(b, 44)),
                arpfilter: u32::from_ne_bytes(nlw::ynl::arr(b, 48)),
                medium_id: u32::from_ne_bytes(nlw::ynl::arr(b, 52)),
                noxfrm: u32::from_ne_bytes(nlw::ynl::arr(b, 56)),
                nopolicy: u32::from_ne_bytes(nlw::ynl::arr(b, 60)),
                force_igmp_version: u32::from_ne_bytes(nlw::ynl::arr(b, 64)),
                arp_announce: u32::from_ne_bytes(nlw::ynl::arr(b, 68)),
                arp_ignore: u32::from_ne_bytes(nlw::ynl::arr(b, 72)),
                promote_secondaries: u32::from_ne_bytes(nlw::ynl::arr(b, 76)),
                arp_accept: u32::from_ne_bytes(nlw::ynl::arr(b, 80)),
                arp_notify: u32::from_ne_bytes(nlw::ynl::arr(b, 84)),
                accept_local: u32::from_ne_bytes(nlw::ynl::arr(b, 88)),
                src_vmark: u32::from_ne_bytes(nlw::ynl::arr(b, 92)),
                proxy_arp_pvlan: u32::from_ne_bytes(nlw::ynl::arr(b, 96)),
                route_localnet: u32::from_ne_bytes(nlw::ynl::arr(b, 100)),
                igmpv2_unsolicited_report_interval: u32::from_ne_bytes(nlw::ynl::arr(b, 104)),
                igmpv3_unsolicited_report_interval: u32::from_ne_bytes(nlw::ynl::arr(b, 108)),
                ignore_routes_with_linkdown: u32::from_ne_bytes(nlw::ynl::arr(b, 112)),
                drop_unicast_in_l2_multicast: u32::from_ne_bytes(nlw::ynl::arr(b, 116)),
                drop_gratuitous_arp: u32::from_ne_bytes(nlw::ynl::arr(b, 120)),
                bc_forwarding: u32::from_ne_bytes(nlw::ynl::arr(b, 124)),
                arp_evict_nocarrier: u32::from_ne_bytes(nlw::ynl::arr(b, 128)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.forwarding.to_ne_bytes());
            out[4..8].copy_from_slice(&self.mc_forwarding.to_ne_bytes());
            out[8..12].copy_from_slice(&self.proxy_arp.to_ne_bytes());
            out[12..16].copy_from_slice(&self.accept_redirects.to_ne_bytes());
            out[16..20].copy_from_slice(&self.secure_redirects.to_ne_bytes());
            out[20..24].copy_from_slice(&self.send_redirects.to_ne_bytes());
            out[24..28].copy_from_slice(&self.shared_media.to_ne_bytes());
            out[28..32].copy_from_slice(&self.rp_filter.to_ne_bytes());
            out[32..36].copy_from_slice(&self.accept_source_route.to_ne_bytes());
            out[36..40].copy_from_slice(&self.bootp_relay.to_ne_bytes());
            out[40..44].copy_from_slice(&self.log_martians.to_ne_bytes());
            out[44..48].copy_from_slice(&self.tag.to_ne_bytes());
            out[48..52].copy_from_slice(&self.arpfilter.to_ne_bytes());
            out[52..56].copy_from_slice(&self.medium_id.to_ne_bytes());
            out[56..60].copy_from_slice(&self.noxfrm.to_ne_bytes());
            out[60..64].copy_from_slice(&self.nopolicy.to_ne_bytes());
            out[64..68].copy_from_slice(&self.force_igmp_version.to_ne_bytes());
            out[68..72].copy_from_slice(&self.arp_announce.to_ne_bytes());
            out[72..76].copy_from_slice(&self.arp_ignore.to_ne_bytes());
            out[76..80].copy_from_slice(&self.promote_secondaries.to_ne_bytes());
            out[80..84].copy_from_slice(&self.arp_accept.to_ne_bytes());
            out[84..88].copy_from_slice(&self.arp_notify.to_ne_bytes());
            out[88..92].copy_from_slice(&self.accept_local.to_ne_bytes());
            out[92..96].copy_from_slice(&self.src_vmark.to_ne_bytes());
            out[96..100].copy_from_slice(&self.proxy_arp_pvlan.to_ne_bytes());
            out[100..104].copy_from_slice(&self.route_localnet.to_ne_bytes());
            out[104..108].copy_from_slice(&self.igmpv2_unsolicited_report_interval.to_ne_bytes());
            out[108..112].copy_from_slice(&self.igmpv3_unsolicited_report_interval.to_ne_bytes());
            out[112..116].copy_from_slice(&self.ignore_routes_with_linkdown.to_ne_bytes());
            out[116..120].copy_from_slice(&self.drop_unicast_in_l2_multicast.to_ne_bytes());
            out[120..124].copy_from_slice(&self.drop_gratuitous_arp.to_ne_bytes());
            out[124..128].copy_from_slice(&self.bc_forwarding.to_ne_bytes());
            out[128..132].copy_from_slice(&self.arp_evict_nocarrier.to_ne_bytes());
        }
    }

    /// `struct ipv6-devconf`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct Ipv6Devconf {
        /// `forwarding` (u32).
        pub forwarding: u32,
        /// `hoplimit` (u32).
        pub hoplimit: u32,
        /// `mtu6` (u32).
        pub mtu6: u32,
        /// `accept-ra` (u32).
        pub accept_ra: u32,
        /// `accept-redirects` (u32).
        pub accept_redirects: u32,
        /// `autoconf` (u32).
        pub autoconf: u32,
        /// `dad-transmits` (u32).
        pub dad_transmits: u32,
        /// `rtr-solicits` (u32).
        pub rtr_solicits: u32,
        /// `rtr-solicit-interval` (u32).
        pub rtr_solicit_interval: u32,
        /// `rtr-solicit-delay` (u32).
        pub rtr_solicit_delay: u32,
        /// `use-tempaddr` (u32).
        pub use_tempaddr: u32,
        /// `temp-valid-lft` (u32).
        pub temp_valid_lft: u32,
        /// `temp-prefered-lft` (u32).
        pub temp_prefered_lft: u32,
        /// `regen-max-retry` (u32).
        pub regen_max_retry: u32,
        /// `max-desync-factor` (u32).
        pub max_desync_factor: u32,
        /// `max-addresses` (u32).
        pub max_addresses: u32,
        /// `force-mld-version` (u32).
        pub force_mld_version: u32,
        /// `accept-ra-defrtr` (u32).
        pub accept_ra_defrtr: u32,
        /// `accept-ra-pinfo` (u32).
        pub accept_ra_pinfo: u32,
        /// `accept-ra-rtr-pref` (u32).
        pub accept_ra_rtr_pref: u32,
        /// `rtr-probe-interval` (u32).
        pub rtr_probe_interval: u32,
        /// `accept-ra-rt-info-max-plen` (u32).
        pub accept_ra_rt_info_max_plen: u32,
        /// `proxy-ndp` (u32).
        pub proxy_ndp: u32,
        /// `optimistic-dad` (u32).
        pub optimistic_dad: u32,
        /// `accept-source-route` (u32).
        pub accept_source_route: u32,
        /// `mc-forwarding` (u32).
        pub mc_forwarding: u32,
        /// `disable-ipv6` (u32).
        pub disable_ipv6: u32,
        /// `accept-dad` (u32).
        pub accept_dad: u32,
        /// `force-tllao` (u32).
        pub force_tllao: u32,
        /// `ndisc-notify` (u32).
        pub ndisc_notify: u32,
        /// `mldv1-unsolicited-report-interval` (u32).
        pub mldv1_unsolicited_report_interval: u32,
        /// `mldv2-unsolicited-report-interval` (u32).
        pub mldv2_unsolicited_report_interval: u32,
        /// `suppress-frag-ndisc` (u32).
        pub suppress_frag_ndisc: u32,
        /// `accept-ra-from-local` (u32).
        pub accept_ra_from_local: u32,
        /// `use-optimistic` (u32).
        pub use_optimistic: u32,
        /// `accept-ra-mtu` (u32).
        pub accept_ra_mtu: u32,
        /// `stable-secret` (u32).
        pub stable_secret: u32,
        /// `use-oif-addrs-only` (u32).
        pub use_oif_addrs_only: u32,
        /// `accept-ra-min-hop-limit` (u32).
        pub accept_ra_min_hop_limit: u32,
        /// `ignore-routes-with-linkdown` (u32).
        pub ignore_routes_with_linkdown: u32,
        /// `drop-unicast-in-l2-multicast` (u32).
        pub drop_unicast_in_l2_multicast: u32,
        /// `drop-unsolicited-na` (u32).
        pub drop_unsolicited_na: u32,
        /// `keep-addr-on-down` (u32).
        pub keep_addr_on_down: u32,
        /// `rtr-solicit-max-interval` (u32).
        pub rtr_solicit_max_interval: u32,
        /// `seg6-enabled` (u32).
        pub seg6_enabled: u32,
        /// `seg6-require-hmac` (u32).
        pub seg6_require_hmac: u32,
        /// `enhanced-dad` (u32).
        pub enhanced_dad: u32,
        /// `addr-gen-mode` (u8).
        pub addr_gen_mode: u8,
        /// `disable-policy` (u32).
        pub disable_policy: u32,
        /// `accept-ra-rt-info-min-plen` (u32).
        pub accept_ra_rt_info_min_plen: u32,
        /// `ndisc-tclass` (u32).
        pub ndisc_tclass: u32,
        /// `rpl-seg-enabled` (u32).
        pub rpl_seg_enabled: u32,
        /// `ra-defrtr-metric` (u32).
        pub ra_defrtr_metric: u32,
        /// `ioam6-enabled` (u32).
        pub ioam6_enabled: u32,
        /// `ioam6-id` (u32).
        pub ioam6_id: u32,
        /// `ioam6-id-wide` (u32).
        pub ioam6_id_wide: u32,
        /// `ndisc-evict-nocarrier` (u32).
        pub ndisc_evict_nocarrier: u32,
        /// `accept-untracked-na` (u32).
        pub accept_untracked_na: u32,
    }

    impl Ipv6Devconf {
        /// Its size on the wire.
        pub const LEN: usize = 229;
    }

    impl Default for Ipv6Devconf {
        fn default() -> Self {
            <Ipv6Devconf as nlw::FixedHeader>::decode(&[0u8; 229])
        }
    }

    impl nlw::FixedHeader for Ipv6Devconf {
        const LEN: usize = 229;
        const NAME: &'static str = "ipv6-devconf";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            Ipv6Devconf {
                forwarding: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                hoplimit: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                mtu6: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                accept_ra: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
                accept_redirects: u32::from_ne_bytes(nlw::ynl::arr(b, 16)),
                autoconf: u32::from_ne_bytes(nlw::ynl::arr(b, 20)),
                dad_transmits: u32::from_ne_bytes(nlw::ynl::arr(b, 24)),
                rtr_solicits: u32::from_ne_bytes(nlw::ynl::arr(b, 28)),
                rtr_solicit_interval: u32::from_ne_bytes(nlw::ynl::arr(b, 32)),
                rtr_solicit_delay: u32::from_ne_bytes(nlw::ynl::arr(b, 36)),
                use_tempaddr: u32::from_ne_bytes(nlw::ynl::arr(b, 40)),
                temp_valid_lft: u32::from_ne_bytes(nlw::ynl::arr(b, 44)),
                temp_prefered_lft: u32::from_ne_bytes(nlw::ynl::arr(b, 48)),
                regen_max_retry: u32::from_ne_bytes(nlw::ynl::arr(b, 52)),
                max_desync_factor: u32::from_ne_bytes(nlw::ynl::arr(b, 56)),
                max_addresses: u32::from_ne_bytes(nlw::ynl::arr(b, 60)),
                force_mld_version: u32::from_ne_bytes(nlw::ynl::arr(b, 64)),
                accept_ra_defrtr: u32::from_ne_bytes(nlw::ynl::arr(b, 68)),
                accept_ra_pinfo: u32::from_ne_bytes(nlw::ynl::arr(b, 72)),
                accept_ra_rtr_pref: u32::from_ne_bytes(nlw::ynl::arr(b, 76)),
                rtr_probe_interval: u32::from_ne_bytes(nlw::ynl::arr(b, 80)),
                accept_ra_rt_info_max_plen: u32::from_ne_bytes(nlw::ynl::arr(b, 84)),
                proxy_ndp: u32::from_ne_bytes(nlw::ynl::arr(b, 88)),
                optimistic_dad: u32::from_ne_bytes(nlw::ynl::arr(b, 92)),
                accept_source_route: u32::from_ne_bytes(nlw::ynl::arr(b, 96)),
                mc_forwarding: u32::from_ne_bytes(nlw::ynl::arr(b, 100)),
                disable_ipv6: u32::from_ne_bytes(nlw::ynl::arr(b, 104)),
                accept_dad: u32::from_ne_bytes(nlw::ynl::arr(b, 108)),
                force_tllao: u32::from_ne_bytes(nlw::ynl::arr(b, 112)),
                ndisc_notify: u32::from_ne_bytes(nlw::ynl::arr(b, 116)),
                mldv1_unsolicited_report_interval: u32::from_ne_bytes(nlw::ynl::arr(b, 120)),
                mldv2_unsolicited_report_interval: u32::from_ne_bytes(nlw::ynl::arr(b, 124)),
                suppress_frag_ndisc: u32::from_ne_bytes(nlw::ynl::arr(b, 128)),
                accept_ra_from_local: u32::from_ne_bytes(nlw::ynl::arr(b, 132)),
                use_optimistic: u32::from_ne_bytes(nlw::ynl::arr(b, 136)),
                accept_ra_mtu: u32::from_ne_bytes(nlw::ynl::arr(b, 140)),
                stable_secret: u32::from_ne_bytes(nlw::ynl::arr(b, 144)),
                use_oif_addrs_only: u32::from_ne_bytes(nlw::ynl::arr(b, 148)),
                accept_ra_min_hop_limit: u32::from_ne_bytes(nlw::ynl::arr(b, 152)),
                ignore_routes_with_linkdown: u32::from_ne_bytes(nlw::ynl::arr(b, 156)),
                drop_unicast_in_l2_multicast: u32::from_ne_bytes(nlw::ynl::arr(b, 160)),
                drop_unsolicited_na: u32::from_ne_bytes(nlw::ynl::arr(b, 164)),
                keep_addr_on_down: u32::from_ne_bytes(nlw::ynl::arr(b, 168)),
                rtr_solicit_max_interval: u32::from_ne_bytes(nlw::ynl::arr(b, 172)),
                seg6_enabled: u32::from_ne_bytes(nlw::ynl::arr(b, 176)),
                seg6_require_hmac: u32::from_ne_bytes(nlw::ynl::arr(b, 180)),
                enhanced_dad: u32::from_ne_bytes(nlw::ynl::arr(b, 184)),
                addr_gen_mode: u8::from_ne_bytes(nlw::ynl::arr(b, 188)),
                disable_policy: u32::from_ne_bytes(nlw::ynl::arr(b, 189)),
                accept_ra_rt_info_min_plen: u32::from_ne_bytes(nlw::ynl::arr(b, 193)),
                ndisc_tclass: u32::from_ne_bytes(nlw::ynl::arr(b, 197)),
                rpl_seg_enabled: u32::from_ne_bytes(nlw::ynl::arr(b, 201)),
                ra_defrtr_metric: u32::from_ne_bytes(nlw::ynl::arr(b, 205)),
                ioam6_enabled: u32::from_ne_bytes(nlw::ynl::arr(b, 209)),
                ioam6_id: u32::from_ne_bytes(nlw::ynl::arr(b, 213)),
                ioam6_id_wide: u32::from_ne_bytes(nlw::ynl::arr(b, 217)),
                ndisc_evict_nocarrier: u32::from_ne_bytes(nlw::ynl::arr(b, 221)),
                accept_untracked_na: u32::from_ne_bytes(nlw::ynl::arr(b, 225)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.forwarding.to_ne_bytes());
            out[4..8].copy_from_slice(&self.hoplimit.to_ne_bytes());
            out[8..12].copy_from_slice(&self.mtu6.to_ne_bytes());
            out[12..16].copy_from_slice(&self.accept_ra.to_ne_bytes());
            out[16..20].copy_from_slice(&self.accept_redirects.to_ne_bytes());
            out[20..24].copy_from_slice(&self.autoconf.to_ne_bytes());
            out[24..28].copy_from_slice(&self.dad_transmits.to_ne_bytes());
            out[28..32].copy_from_slice(&self.rtr_solicits.to_ne_bytes());
            out[32..36].copy_from_slice(&self.rtr_solicit_interval.to_ne_bytes());
            out[36..40].copy_from_slice(&self.rtr_solicit_delay.to_ne_bytes());
            out[40..44].copy_from_slice(&self.use_tempaddr.to_ne_bytes());
            out[44..48].copy_from_slice(&self.temp_valid_lft.to_ne_bytes());
            out[48..52].copy_from_slice(&self.temp_prefered_lft.to_ne_bytes());
            out[52..56].copy_from_slice(&self.regen_max_retry.to_ne_bytes());
            out[56..60].copy_from_slice(&self.max_desync_factor.to_ne_bytes());
            out[60..64].copy_from_slice(&self.max_addresses.to_ne_bytes());
            out[64..68].copy_from_slice(&self.force_mld_version.to_ne_bytes());
            out[68..72].copy_from_slice(&self.accept_ra_defrtr.to_ne_bytes());
            out[72..76].copy_from_slice(&self.accept_ra_pinfo.to_ne_bytes());
            out[76..80].copy_from_slice(&self.accept_ra_rtr_pref.to_ne_bytes());
            out[80..84].copy_from_slice(&self.rtr_probe_interval.to_ne_bytes());
            out[84..88].copy_from_slice(&self.accept_ra_rt_info_max_plen.to_ne_bytes());
            out[88..92].copy_from_slice(&self.proxy_ndp.to_ne_bytes());
            out[92..96].copy_from_slice(&self.optimistic_dad.to_ne_bytes());
            out[96..100].copy_from_slice(&self.accept_source_route.to_ne_bytes());
            out[100..104].copy_from_slice(&self.mc_forwarding.to_ne_bytes());
            out[104..108].copy_from_slice(&self.disable_ipv6.to_ne_bytes());
            out[108..112].copy_from_slice(&self.accept_dad.to_ne_bytes());
            out[112..116].copy_from_slice(&self.force_tllao.to_ne_bytes());
            out[116..120].copy_from_slice(&self.ndisc_notify.to_ne_bytes());
            out[120..124].copy_from_slice(&self.mldv1_unsolicited_report_interval.to_ne_bytes());
            out[124..128].copy_from_slice(&self.mldv2_unsolicited_report_interval.to_ne_bytes());
            out[128..132].copy_from_slice(&self.suppress_frag_ndisc.to_ne_bytes());
            out[132..136].copy_from_slice(&self.accept_ra_from_local.to_ne_bytes());
            out[136..140].copy_from_slice(&self.use_optimistic.to_ne_bytes());
            out[140..144].copy_from_slice(&self.accept_ra_mtu.to_ne_bytes());
            out[144..148].copy_from_slice(&self.stable_secret.to_ne_bytes());
            out[148..152].copy_from_slice(&self.use_oif_addrs_only.to_ne_bytes());
            out[152..156].copy_from_slice(&self.accept_ra_min_hop_limit.to_ne_bytes());
            out[156..160].copy_from_slice(&self.ignore_routes_with_linkdown.to_ne_bytes());
            out[160..164].copy_from_slice(&self.drop_unicast_in_l2_multicast.to_ne_bytes());
            out[164..168].copy_from_slice(&self.drop_unsolicited_na.to_ne_bytes());
            out[168..172].copy_from_slice(&self.keep_addr_on_down.to_ne_bytes());
            out[172..176].copy_from_slice(&self.rtr_solicit_max_interval.to_ne_bytes());
            out[176..180].copy_from_slice(&self.seg6_enabled.to_ne_bytes());
            out[180..184].copy_from_slice(&self.seg6_require_hmac.to_ne_bytes());
            out[184..188].copy_from_slice(&self.enhanced_dad.to_ne_bytes());
            out[188..189].copy_from_slice(&self.addr_gen_mode.to_ne_bytes());
            out[189..193].copy_from_slice(&self.disable_policy.to_ne_bytes());
            out[193..197].copy_from_slice(&self.accept_ra_rt_info_min_plen.to_ne_bytes());
            out[197..201].copy_from_slice(&self.ndisc_tclass.to_ne_bytes());
            out[201..205].copy_from_slice(&self.rpl_seg_enabled.to_ne_bytes());
            out[205..209].copy_from_slice(&self.ra_defrtr_metric.to_ne_bytes());
            out[209..213].copy_from_slice(&self.ioam6_enabled.to_ne_bytes());
            out[213..217].copy_from_slice(&self.ioam6_id.to_ne_bytes());
            out[217..221].copy_from_slice(&self.ioam6_id_wide.to_ne_bytes());
            out[221..225].copy_from_slice(&self.ndisc_evict_nocarrier.to_ne_bytes());
            out[225..229].copy_from_slice(&self.accept_untracked_na.to_ne_bytes());
        }
    }

    /// `struct ifla-icmp6-stats`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaIcmp6Stats {
        /// `inmsgs` (u64).
        pub inmsgs: u64,
        /// `inerrors` (u64).
        pub inerrors: u64,
        /// `outmsgs` (u64).
        pub outmsgs: u64,
        /// `outerrors` (u64).
        pub outerrors: u64,
        /// `csumerrors` (u64).
        pub csumerrors: u64,
        /// `ratelimithost` (u64).
        pub ratelimithost: u64,
    }

    impl IflaIcmp6Stats {
        /// Its size on the wire.
        pub const LEN: usize = 48;
    }

    impl Default for IflaIcmp6Stats {
        fn default() -> Self {
            <IflaIcmp6Stats as nlw::FixedHeader>::decode(&[0u8; 48])
        }
    }

    impl nlw::FixedHeader for IflaIcmp6Stats {
        const LEN: usize = 48;
        const NAME: &'static str = "ifla-icmp6-stats";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaIcmp6Stats {
                inmsgs: u64::from_ne_bytes(nlw::ynl::arr(b, 0)),
                inerrors: u64::from_ne_bytes(nlw::ynl::arr(b, 8)),
                outmsgs: u64::from_ne_bytes(nlw::ynl::arr(b, 16)),
                outerrors: u64::from_ne_bytes(nlw::ynl::arr(b, 24)),
                csumerrors: u64::from_ne_bytes(nlw::ynl::arr(b, 32)),
                ratelimithost: u64::from_ne_bytes(nlw::ynl::arr(b, 40)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..8].copy_from_slice(&self.inmsgs.to_ne_bytes());
            out[8..16].copy_from_slice(&self.inerrors.to_ne_bytes());
            out[16..24].copy_from_slice(&self.outmsgs.to_ne_bytes());
            out[24..32].copy_from_slice(&self.outerrors.to_ne_bytes());
            out[32..40].copy_from_slice(&self.csumerrors.to_ne_bytes());
            out[40..48].copy_from_slice(&self.ratelimithost.to_ne_bytes());
        }
    }

    /// `struct ifla-inet6-stats`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaInet6Stats {
        /// `inpkts` (u64).
        pub inpkts: u64,
        /// `inoctets` (u64).
        pub inoctets: u64,
        /// `indelivers` (u64).
        pub indelivers: u64,
        /// `outforwdatagrams` (u64).
        pub outforwdatagrams: u64,
        /// `outpkts` (u64).
        pub outpkts: u64,
        /// `outoctets` (u64).
        pub outoctets: u64,
        /// `inhdrerrors` (u64).
        pub inhdrerrors: u64,
        /// `intoobigerrors` (u64).
        pub intoobigerrors: u64,
        /// `innoroutes` (u64).
        pub innoroutes: u64,
        /// `inaddrerrors` (u64).
        pub inaddrerrors: u64,
        /// `inunknownprotos` (u64).
        pub inunknownprotos: u64,
        /// `intruncatedpkts` (u64).
        pub intruncatedpkts: u64,
        /// `indiscards` (u64).
        pub indiscards: u64,
        /// `outdiscards` (u64).
        pub outdiscards: u64,
        /// `outnoroutes` (u64).
        pub outnoroutes: u64,
        /// `reasmtimeout` (u64).
        pub reasmtimeout: u64,
        /// `reasmreqds` (u64).
        pub reasmreqds: u64,
        /// `reasmoks` (u64).
        pub reasmoks: u64,
        /// `reasmfails` (u64).
        pub reasmfails: u64,
        /// `fragoks` (u64).
        pub fragoks: u64,
        /// `fragfails` (u64).
        pub fragfails: u64,
        /// `fragcreates` (u64).
        pub fragcreates: u64,
        /// `inmcastpkts` (u64).
        pub inmcastpkts: u64,
        /// `outmcastpkts` (u64).
        pub outmcastpkts: u64,
        /// `inbcastpkts` (u64).
        pub inbcastpkts: u64,
        /// `outbcastpkts` (u64).
        pub outbcastpkts: u64,
        /// `inmcastoctets` (u64).
        pub inmcastoctets: u64,
        /// `outmcastoctets` (u64).
        pub outmcastoctets: u64,
        /// `inbcastoctets` (u64).
        pub inbcastoctets: u64,
        /// `outbcastoctets` (u64).
        pub outbcastoctets: u64,
        /// `csumerrors` (u64).
        pub csumerrors: u64,
        /// `noectpkts` (u64).
        pub noectpkts: u64,
        /// `ect1-pkts` (u64).
        pub ect1_pkts: u64,
        /// `ect0-pkts` (u64).
        pub ect0_pkts: u64,
        /// `cepkts` (u64).
        pub cepkts: u64,
        /// `reasm-overlaps` (u64).
        pub reasm_overlaps: u64,
    }

    impl IflaInet6Stats {
        /// Its size on the wire.
        pub const LEN: usize = 288;
    }

    impl Default for IflaInet6Stats {
        fn default() -> Self {
            <IflaInet6Stats as nlw::FixedHeader>::decode(&[0u8; 288])
        }
    }

    impl nlw::FixedHeader for IflaInet6Stats {
        const LEN: usize = 288;
        const NAME: &'static str = "ifla-inet6-stats";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaInet6Stats {
                inpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 0)),
                inoctets: u64::from_ne_bytes(nlw::ynl::arr(b, 8)),
                indelivers: u64::from_ne_bytes(nlw::ynl::arr(b, 16)),
                outforwdatagrams: u64::from_ne_bytes(nlw::ynl::arr(b, 24)),
                outpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 32)),
                outoctets: u64::from_ne_bytes(nlw::ynl::arr(b, 40)),
                inhdrerrors: u64::from_ne_bytes(nlw::ynl::arr(b, 48)),
                intoobigerrors: u64::from_ne_bytes(nlw::ynl::arr(b, 56)),
                innoroutes: u64::from_ne_bytes(nlw::ynl::arr(b, 64)),
                inaddrerrors: u64::from_ne_bytes(nlw::ynl::arr(b, 72)),
                inunknownprotos: u64::from_ne_bytes(nlw::ynl::arr(b, 80)),
                intruncatedpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 88)),
                indiscards: u64::from_ne_bytes(nlw::ynl::arr(b, 96)),
                outdiscards: u64::from_ne_bytes(nlw::ynl::arr(b, 104)),
                outnoroutes: u64::from_ne_bytes(nlw::ynl::arr(b, 112)),
                reasmtimeout: u64::from_ne_bytes(nlw::ynl::arr(b, 120)),
                reasmreqds: u64::from_ne_bytes(nlw::ynl::arr(b, 128)),
                reasmoks: u64::from_ne_bytes(nlw::ynl::arr(b, 136)),
                reasmfails: u64::from_ne_bytes(nlw::ynl::arr(b, 144)),
                fragoks: u64::from_ne_bytes(nlw::ynl::arr(b, 152)),
                fragfails: u64::from_ne_bytes(nlw::ynl::arr(b, 160)),
                fragcreates: u64::from_ne_bytes(nlw::ynl::arr(b, 168)),
                inmcastpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 176)),
                outmcastpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 184)),
                inbcastpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 192)),
                outbcastpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 200)),
                inmcastoctets: u64::from_ne_bytes(nlw::ynl::arr(b, 208)),
                outmcastoctets: u64::from_ne_bytes(nlw::ynl::arr(b, 216)),
                inbcastoctets: u64::from_ne_bytes(nlw::ynl::arr(b, 224)),
                outbcastoctets: u64::from_ne_bytes(nlw::ynl::arr(b, 232)),
                csumerrors: u64::from_ne_bytes(nlw::ynl::arr(b, 240)),
                noectpkts: u64::from_ne_bytes(nlw::ynl::arr(b, 248)),
                ect1_pkts: u64::from_ne_bytes(nlw::ynl::arr(b, 256)),
                ect0_pkts: u64::from_ne_bytes(nlw::ynl::arr(b, 264)),
                cepkts: u64::from_ne_bytes(nlw::ynl::arr(b, 272)),
                reasm_overlaps: u64::from_ne_bytes(nlw::ynl::arr(b, 280)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..8].copy_from_slice(&self.inpkts.to_ne_bytes());
            out[8..16].copy_from_slice(&self.inoctets.to_ne_bytes());
            out[16..24].copy_from_slice(&self.indelivers.to_ne_bytes());
            out[24..32].copy_from_slice(&self.outforwdatagrams.to_ne_bytes());
            out[32..40].copy_from_slice(&self.outpkts.to_ne_bytes());
            out[40..48].copy_from_slice(&self.outoctets.to_ne_bytes());
            out[48..56].copy_from_slice(&self.inhdrerrors.to_ne_bytes());
            out[56..64].copy_from_slice(&self.intoobigerrors.to_ne_bytes());
            out[64..72].copy_from_slice(&self.innoroutes.to_ne_bytes());
            out[72..80].copy_from_slice(&self.inaddrerrors.to_ne_bytes());
            out[80..88].copy_from_slice(&self.inunknownprotos.to_ne_bytes());
            out[88..96].copy_from_slice(&self.intruncatedpkts.to_ne_bytes());
            out[96..104].copy_from_slice(&self.indiscards.to_ne_bytes());
            out[104..112].copy_from_slice(&self.outdiscards.to_ne_bytes());
            out[112..120].copy_from_slice(&self.outnoroutes.to_ne_bytes());
            out[120..128].copy_from_slice(&self.reasmtimeout.to_ne_bytes());
            out[128..136].copy_from_slice(&self.reasmreqds.to_ne_bytes());
            out[136..144].copy_from_slice(&self.reasmoks.to_ne_bytes());
            out[144..152].copy_from_slice(&self.reasmfails.to_ne_bytes());
            out[152..160].copy_from_slice(&self.fragoks.to_ne_bytes());
            out[160..168].copy_from_slice(&self.fragfails.to_ne_bytes());
            out[168..176].copy_from_slice(&self.fragcreates.to_ne_bytes());
            out[176..184].copy_from_slice(&self.inmcastpkts.to_ne_bytes());
            out[184..192].copy_from_slice(&self.outmcastpkts.to_ne_bytes());
            out[192..200].copy_from_slice(&self.inbcastpkts.to_ne_bytes());
            out[200..208].copy_from_slice(&self.outbcastpkts.to_ne_bytes());
            out[208..216].copy_from_slice(&self.inmcastoctets.to_ne_bytes());
            out[216..224].copy_from_slice(&self.outmcastoctets.to_ne_bytes());
            out[224..232].copy_from_slice(&self.inbcastoctets.to_ne_bytes());
            out[232..240].copy_from_slice(&self.outbcastoctets.to_ne_bytes());
            out[240..248].copy_from_slice(&self.csumerrors.to_ne_bytes());
            out[248..256].copy_from_slice(&self.noectpkts.to_ne_bytes());
            out[256..264].copy_from_slice(&self.ect1_pkts.to_ne_bytes());
            out[264..272].copy_from_slice(&self.ect0_pkts.to_ne_bytes());
            out[272..280].copy_from_slice(&self.cepkts.to_ne_bytes());
            out[280..288].copy_from_slice(&self.reasm_overlaps.to_ne_bytes());
        }
    }

    /// `struct br-boolopt-multi`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct BrBooloptMulti {
        /// `optval` (u32).
        pub optval: u32,
        /// `optmask` (u32).
        pub optmask: u32,
    }

    impl BrBooloptMulti {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for BrBooloptMulti {
        fn default() -> Self {
            <BrBooloptMulti as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for BrBooloptMulti {
        const LEN: usize = 8;
        const NAME: &'static str = "br-boolopt-multi";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            BrBooloptMulti {
                optval: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                optmask: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.optval.to_ne_bytes());
            out[4..8].copy_from_slice(&self.optmask.to_ne_bytes());
        }
    }

    /// `struct if_stats_msg`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IfStatsMsg {
        /// `family` (u8).
        pub family: u8,
        /// padding, kept as it came.
        pub pad: [u8; 3],
        /// `ifindex` (u32).
        pub ifindex: u32,
        /// `filter-mask` (u32).
        pub filter_mask: u32,
    }

    impl IfStatsMsg {
        /// Its size on the wire.
        pub const LEN: usize = 12;
    }

    impl Default for IfStatsMsg {
        fn default() -> Self {
            <IfStatsMsg as nlw::FixedHeader>::decode(&[0u8; 12])
        }
    }

    impl nlw::FixedHeader for IfStatsMsg {
        const LEN: usize = 12;
        const NAME: &'static str = "if_stats_msg";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IfStatsMsg {
                family: u8::from_ne_bytes(nlw::ynl::arr(b, 0)),
                pad: nlw::ynl::arr(b, 1),
                ifindex: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                filter_mask: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..1].copy_from_slice(&self.family.to_ne_bytes());
            out[1..4].copy_from_slice(&self.pad);
            out[4..8].copy_from_slice(&self.ifindex.to_ne_bytes());
            out[8..12].copy_from_slice(&self.filter_mask.to_ne_bytes());
        }
    }

    /// `struct ifla-vlan-flags`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVlanFlags {
        /// `flags` (u32).
        pub flags: super::defs::VlanFlags,
        /// `mask` (u32).
        pub mask: u32,
    }

    impl IflaVlanFlags {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaVlanFlags {
        fn default() -> Self {
            <IflaVlanFlags as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaVlanFlags {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-vlan-flags";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVlanFlags {
                flags: super::defs::VlanFlags(u32::from_ne_bytes(nlw::ynl::arr(b, 0))),
                mask: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.flags.0.to_ne_bytes());
            out[4..8].copy_from_slice(&self.mask.to_ne_bytes());
        }
    }

    /// `vlan-flags` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct VlanFlags(pub u32);

    impl VlanFlags {
        /// `reorder-hdr`.
        pub const REORDER_HDR: VlanFlags = VlanFlags(1);
        /// `gvrp`.
        pub const GVRP: VlanFlags = VlanFlags(2);
        /// `loose-binding`.
        pub const LOOSE_BINDING: VlanFlags = VlanFlags(4);
        /// `mvrp`.
        pub const MVRP: VlanFlags = VlanFlags(8);
        /// `bridge-binding`.
        pub const BRIDGE_BINDING: VlanFlags = VlanFlags(16);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(VlanFlags, &'static str)] = &[
            (VlanFlags::REORDER_HDR, "reorder-hdr"),
            (VlanFlags::GVRP, "gvrp"),
            (VlanFlags::LOOSE_BINDING, "loose-binding"),
            (VlanFlags::MVRP, "mvrp"),
            (VlanFlags::BRIDGE_BINDING, "bridge-binding"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            VlanFlags::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: VlanFlags) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for VlanFlags {
        fn from(v: u32) -> Self {
            VlanFlags(v)
        }
    }

    impl From<VlanFlags> for u32 {
        fn from(v: VlanFlags) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for VlanFlags {
        type Output = VlanFlags;
        fn bitor(self, o: VlanFlags) -> VlanFlags {
            VlanFlags(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for VlanFlags {
        type Output = VlanFlags;
        fn bitand(self, o: VlanFlags) -> VlanFlags {
            VlanFlags(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for VlanFlags {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in VlanFlags::ENTRIES {
                if v.0 != 0 && self.0 & v.0 == v.0 && rest & v.0 != 0 {
                    f.write_str(if first { "" } else { " | " })?;
                    f.write_str(n)?;
                    rest &= !v.0;
                    first = false;
                }
            }
            if rest != 0 || first {
                write!(f, "{}{:#x}", if first { "" } else { " | " }, rest)?;
            }
            Ok(())
        }
    }

    /// `struct ifla-vlan-qos-mapping`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVlanQosMapping {
        /// `from` (u32).
        pub from: u32,
        /// `to` (u32).
        pub to: u32,
    }

    impl IflaVlanQosMapping {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaVlanQosMapping {
        fn default() -> Self {
            <IflaVlanQosMapping as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaVlanQosMapping {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-vlan-qos-mapping";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVlanQosMapping {
                from: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                to: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.from.to_ne_bytes());
            out[4..8].copy_from_slice(&self.to.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-mac`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfMac {
        /// `vf` (u32).
        pub vf: u32,
        /// `mac` (binary).
        pub mac: [u8; 32],
    }

    impl IflaVfMac {
        /// Its size on the wire.
        pub const LEN: usize = 36;
    }

    impl Default for IflaVfMac {
        fn default() -> Self {
            <IflaVfMac as nlw::FixedHeader>::decode(&[0u8; 36])
        }
    }

    impl nlw::FixedHeader for IflaVfMac {
        const LEN: usize = 36;
        const NAME: &'static str = "ifla-vf-mac";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfMac {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                mac: nlw::ynl::arr(b, 4),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..36].copy_from_slice(&self.mac);
        }
    }

    /// `struct ifla-vf-vlan`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfVlan {
        /// `vf` (u32).
        pub vf: u32,
        /// `vlan` (u32).
        pub vlan: u32,
        /// `qos` (u32).
        pub qos: u32,
    }

    impl IflaVfVlan {
        /// Its size on the wire.
        pub const LEN: usize = 12;
    }

    impl Default for IflaVfVlan {
        fn default() -> Self {
            <IflaVfVlan as nlw::FixedHeader>::decode(&[0u8; 12])
        }
    }

    impl nlw::FixedHeader for IflaVfVlan {
        const LEN: usize = 12;
        const NAME: &'static str = "ifla-vf-vlan";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfVlan {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                vlan: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                qos: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.vlan.to_ne_bytes());
            out[8..12].copy_from_slice(&self.qos.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-tx-rate`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfTxRate {
        /// `vf` (u32).
        pub vf: u32,
        /// `rate` (u32).
        pub rate: u32,
    }

    impl IflaVfTxRate {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaVfTxRate {
        fn default() -> Self {
            <IflaVfTxRate as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaVfTxRate {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-vf-tx-rate";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfTxRate {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                rate: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.rate.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-spoofchk`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfSpoofchk {
        /// `vf` (u32).
        pub vf: u32,
        /// `setting` (u32).
        pub setting: u32,
    }

    impl IflaVfSpoofchk {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaVfSpoofchk {
        fn default() -> Self {
            <IflaVfSpoofchk as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaVfSpoofchk {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-vf-spoofchk";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfSpoofchk {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                setting: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.setting.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-link-state`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfLinkState {
        /// `vf` (u32).
        pub vf: u32,
        /// `link-state` (u32).
        pub link_state: super::defs::IflaVfLinkStateEnum,
    }

    impl IflaVfLinkState {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaVfLinkState {
        fn default() -> Self {
            <IflaVfLinkState as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaVfLinkState {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-vf-link-state";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfLinkState {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                link_state: super::defs::IflaVfLinkStateEnum(u32::from_ne_bytes(nlw::ynl::arr(b, 4))),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.link_state.0.to_ne_bytes());
        }
    }

    /// `ifla-vf-link-state-enum` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct IflaVfLinkStateEnum(pub u32);

    impl IflaVfLinkStateEnum {
        /// `auto`.
        pub const AUTO: IflaVfLinkStateEnum = IflaVfLinkStateEnum(0);
        /// `enable`.
        pub const ENABLE: IflaVfLinkStateEnum = IflaVfLinkStateEnum(1);
        /// `disable`.
        pub const DISABLE: IflaVfLinkStateEnum = IflaVfLinkStateEnum(2);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(IflaVfLinkStateEnum, &'static str)] = &[
            (IflaVfLinkStateEnum::AUTO, "auto"),
            (IflaVfLinkStateEnum::ENABLE, "enable"),
            (IflaVfLinkStateEnum::DISABLE, "disable"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            IflaVfLinkStateEnum::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for IflaVfLinkStateEnum {
        fn from(v: u32) -> Self {
            IflaVfLinkStateEnum(v)
        }
    }

    impl From<IflaVfLinkStateEnum> for u32 {
        fn from(v: IflaVfLinkStateEnum) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for IflaVfLinkStateEnum {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "IflaVfLinkStateEnum({})", self.0),
            }
        }
    }

    /// `struct ifla-vf-rate`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfRate {
        /// `vf` (u32).
        pub vf: u32,
        /// `min-tx-rate` (u32).
        pub min_tx_rate: u32,
        /// `max-tx-rate` (u32).
        pub max_tx_rate: u32,
    }

    impl IflaVfRate {
        /// Its size on the wire.
        pub const LEN: usize = 12;
    }

    impl Default for IflaVfRate {
        fn default() -> Self {
            <IflaVfRate as nlw::FixedHeader>::decode(&[0u8; 12])
        }
    }

    impl nlw::FixedHeader for IflaVfRate {
        const LEN: usize = 12;
        const NAME: &'static str = "ifla-vf-rate";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfRate {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                min_tx_rate: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                max_tx_rate: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.min_tx_rate.to_ne_bytes());
            out[8..12].copy_from_slice(&self.max_tx_rate.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-rss-query-en`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfRssQueryEn {
        /// `vf` (u32).
        pub vf: u32,
        /// `setting` (u32).
        pub setting: u32,
    }

    impl IflaVfRssQueryEn {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaVfRssQueryEn {
        fn default() -> Self {
            <IflaVfRssQueryEn as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaVfRssQueryEn {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-vf-rss-query-en";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfRssQueryEn {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                setting: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.setting.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-trust`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfTrust {
        /// `vf` (u32).
        pub vf: u32,
        /// `setting` (u32).
        pub setting: u32,
    }

    impl IflaVfTrust {
        /// Its size on the wire.
        pub const LEN: usize = 8;
    }

    impl Default for IflaVfTrust {
        fn default() -> Self {
            <IflaVfTrust as nlw::FixedHeader>::decode(&[0u8; 8])
        }
    }

    impl nlw::FixedHeader for IflaVfTrust {
        const LEN: usize = 8;
        const NAME: &'static str = "ifla-vf-trust";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfTrust {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                setting: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.setting.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-guid`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfGuid {
        /// `vf` (u32).
        pub vf: u32,
        /// `guid` (u64).
        pub guid: u64,
    }

    impl IflaVfGuid {
        /// Its size on the wire.
        pub const LEN: usize = 12;
    }

    impl Default for IflaVfGuid {
        fn default() -> Self {
            <IflaVfGuid as nlw::FixedHeader>::decode(&[0u8; 12])
        }
    }

    impl nlw::FixedHeader for IflaVfGuid {
        const LEN: usize = 12;
        const NAME: &'static str = "ifla-vf-guid";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfGuid {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                guid: u64::from_ne_bytes(nlw::ynl::arr(b, 4)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..12].copy_from_slice(&self.guid.to_ne_bytes());
        }
    }

    /// `struct ifla-vf-vlan-info`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct IflaVfVlanInfo {
        /// `vf` (u32).
        pub vf: u32,
        /// `vlan` (u32).
        pub vlan: u32,
        /// `qos` (u32).
        pub qos: u32,
        /// `vlan-proto` (u32).
        pub vlan_proto: u32,
    }

    impl IflaVfVlanInfo {
        /// Its size on the wire.
        pub const LEN: usize = 16;
    }

    impl Default for IflaVfVlanInfo {
        fn default() -> Self {
            <IflaVfVlanInfo as nlw::FixedHeader>::decode(&[0u8; 16])
        }
    }

    impl nlw::FixedHeader for IflaVfVlanInfo {
        const LEN: usize = 16;
        const NAME: &'static str = "ifla-vf-vlan-info";

        #[inline]
        fn decode(b: &[u8]) -> Self {
            IflaVfVlanInfo {
                vf: u32::from_ne_bytes(nlw::ynl::arr(b, 0)),
                vlan: u32::from_ne_bytes(nlw::ynl::arr(b, 4)),
                qos: u32::from_ne_bytes(nlw::ynl::arr(b, 8)),
                vlan_proto: u32::from_ne_bytes(nlw::ynl::arr(b, 12)),
            }
        }

        #[inline]
        #[allow(unused_variables)]
        fn emit(&self, out: &mut [u8]) {
            out[0..4].copy_from_slice(&self.vf.to_ne_bytes());
            out[4..8].copy_from_slice(&self.vlan.to_ne_bytes());
            out[8..12].copy_from_slice(&self.qos.to_ne_bytes());
            out[12..16].copy_from_slice(&self.vlan_proto.to_ne_bytes());
        }
    }

    /// `rtext-filter` (flags).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct RtextFilter(pub u32);

    impl RtextFilter {
        /// `vf`.
        pub const VF: RtextFilter = RtextFilter(1);
        /// `brvlan`.
        pub const BRVLAN: RtextFilter = RtextFilter(2);
        /// `brvlan-compressed`.
        pub const BRVLAN_COMPRESSED: RtextFilter = RtextFilter(4);
        /// `skip-stats`.
        pub const SKIP_STATS: RtextFilter = RtextFilter(8);
        /// `mrp`.
        pub const MRP: RtextFilter = RtextFilter(16);
        /// `cfm-config`.
        pub const CFM_CONFIG: RtextFilter = RtextFilter(32);
        /// `cfm-status`.
        pub const CFM_STATUS: RtextFilter = RtextFilter(64);
        /// `mst`.
        pub const MST: RtextFilter = RtextFilter(128);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(RtextFilter, &'static str)] = &[
            (RtextFilter::VF, "vf"),
            (RtextFilter::BRVLAN, "brvlan"),
            (RtextFilter::BRVLAN_COMPRESSED, "brvlan-compressed"),
            (RtextFilter::SKIP_STATS, "skip-stats"),
            (RtextFilter::MRP, "mrp"),
            (RtextFilter::CFM_CONFIG, "cfm-config"),
            (RtextFilter::CFM_STATUS, "cfm-status"),
            (RtextFilter::MST, "mst"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            RtextFilter::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }

        /// True if every bit of `other` is set.
        pub fn contains(self, other: RtextFilter) -> bool {
            self.0 & other.0 == other.0
        }

        /// True if no bit is set.
        pub fn is_empty(self) -> bool {
            self.0 == 0
        }
    }

    impl From<u32> for RtextFilter {
        fn from(v: u32) -> Self {
            RtextFilter(v)
        }
    }

    impl From<RtextFilter> for u32 {
        fn from(v: RtextFilter) -> Self {
            v.0
        }
    }

    impl core::ops::BitOr for RtextFilter {
        type Output = RtextFilter;
        fn bitor(self, o: RtextFilter) -> RtextFilter {
            RtextFilter(self.0 | o.0)
        }
    }

    impl core::ops::BitAnd for RtextFilter {
        type Output = RtextFilter;
        fn bitand(self, o: RtextFilter) -> RtextFilter {
            RtextFilter(self.0 & o.0)
        }
    }

    impl core::fmt::Debug for RtextFilter {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            let mut rest = self.0;
            let mut first = true;
            for (v, n) in RtextFilter::ENTRIES {
                if v.0 != 0 && self.0 & v.0 == v.0 && rest & v.0 != 0 {
                    f.write_str(if first { "" } else { " | " })?;
                    f.write_str(n)?;
                    rest &= !v.0;
                    first = false;
                }
            }
            if rest != 0 || first {
                write!(f, "{}{:#x}", if first { "" } else { " | " }, rest)?;
            }
            Ok(())
        }
    }

    /// `netkit-policy` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct NetkitPolicy(pub u32);

    impl NetkitPolicy {
        /// `forward`.
        pub const FORWARD: NetkitPolicy = NetkitPolicy(0);
        /// `blackhole`.
        pub const BLACKHOLE: NetkitPolicy = NetkitPolicy(2);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(NetkitPolicy, &'static str)] = &[
            (NetkitPolicy::FORWARD, "forward"),
            (NetkitPolicy::BLACKHOLE, "blackhole"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            NetkitPolicy::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for NetkitPolicy {
        fn from(v: u32) -> Self {
            NetkitPolicy(v)
        }
    }

    impl From<NetkitPolicy> for u32 {
        fn from(v: NetkitPolicy) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for NetkitPolicy {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "NetkitPolicy({})", self.0),
            }
        }
    }

    /// `netkit-mode` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct NetkitMode(pub u32);

    impl NetkitMode {
        /// `l2`.
        pub const L2: NetkitMode = NetkitMode(0);
        /// `l3`.
        pub const L3: NetkitMode = NetkitMode(1);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(NetkitMode, &'static str)] = &[
            (NetkitMode::L2, "l2"),
            (NetkitMode::L3, "l3"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            NetkitMode::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for NetkitMode {
        fn from(v: u32) -> Self {
            NetkitMode(v)
        }
    }

    impl From<NetkitMode> for u32 {
        fn from(v: NetkitMode) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for NetkitMode {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "NetkitMode({})", self.0),
            }
        }
    }

    /// `oper-state` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct OperState(pub u32);

    impl OperState {
        /// `unknown`.
        pub const UNKNOWN: OperState = OperState(0);
        /// `notpresent`.
        pub const NOTPRESENT: OperState = OperState(1);
        /// `down`.
        pub const DOWN: OperState = OperState(2);
        /// `lowerlayerdown`.
        pub const LOWERLAYERDOWN: OperState = OperState(3);
        /// `testing`.
        pub const TESTING: OperState = OperState(4);
        /// `dormant`.
        pub const DORMANT: OperState = OperState(5);
        /// `up`.
        pub const UP: OperState = OperState(6);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(OperState, &'static str)] = &[
            (OperState::UNKNOWN, "unknown"),
            (OperState::NOTPRESENT, "notpresent"),
            (OperState::DOWN, "down"),
            (OperState::LOWERLAYERDOWN, "lowerlayerdown"),
            (OperState::TESTING, "testing"),
            (OperState::DORMANT, "dormant"),
            (OperState::UP, "up"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            OperState::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for OperState {
        fn from(v: u32) -> Self {
            OperState(v)
        }
    }

    impl From<OperState> for u32 {
        fn from(v: OperState) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for OperState {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "OperState({})", self.0),
            }
        }
    }

    /// `link-mode` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct LinkMode(pub u32);

    impl LinkMode {
        /// `default`.
        pub const DEFAULT: LinkMode = LinkMode(0);
        /// `dormant`.
        pub const DORMANT: LinkMode = LinkMode(1);
        /// `testing`.
        pub const TESTING: LinkMode = LinkMode(2);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(LinkMode, &'static str)] = &[
            (LinkMode::DEFAULT, "default"),
            (LinkMode::DORMANT, "dormant"),
            (LinkMode::TESTING, "testing"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            LinkMode::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for LinkMode {
        fn from(v: u32) -> Self {
            LinkMode(v)
        }
    }

    impl From<LinkMode> for u32 {
        fn from(v: LinkMode) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for LinkMode {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "LinkMode({})", self.0),
            }
        }
    }

    /// `arphrd` (enum).
    ///
    /// Values the spec does not know are kept as they came.
    #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
    pub struct Arphrd(pub u32);

    impl Arphrd {
        /// `netrom`.
        pub const NETROM: Arphrd = Arphrd(0);
        /// `ether`.
        pub const ETHER: Arphrd = Arphrd(1);
        /// `ieee802`.
        pub const IEEE802: Arphrd = Arphrd(6);
        /// `infiniband`.
        pub const INFINIBAND: Arphrd = Arphrd(32);
        /// `can`.
        pub const CAN: Arphrd = Arphrd(280);
        /// `ppp`.
        pub const PPP: Arphrd = Arphrd(512);
        /// `tunnel`.
        pub const TUNNEL: Arphrd = Arphrd(768);
        /// `tunnel6`.
        pub const TUNNEL6: Arphrd = Arphrd(769);
        /// `loopback`.
        pub const LOOPBACK: Arphrd = Arphrd(772);
        /// `sit`.
        pub const SIT: Arphrd = Arphrd(776);
        /// `ipgre`.
        pub const IPGRE: Arphrd = Arphrd(778);
        /// `ieee80211`.
        pub const IEEE80211: Arphrd = Arphrd(801);
        /// `ieee80211-radiotap`.
        pub const IEEE80211_RADIOTAP: Arphrd = Arphrd(803);
        /// `ip6gre`.
        pub const IP6GRE: Arphrd = Arphrd(823);
        /// `netlink`.
        pub const NETLINK: Arphrd = Arphrd(824);
        /// `6lowpan`.
        pub const _6LOWPAN: Arphrd = Arphrd(825);
        /// `none`.
        pub const NONE: Arphrd = Arphrd(65534);
        /// `void`.
        pub const VOID: Arphrd = Arphrd(65535);
        /// Every value the spec names, with its name.
        pub const ENTRIES: &'static [(Arphrd, &'static str)] = &[
            (Arphrd::NETROM, "netrom"),
            (Arphrd::ETHER, "ether"),
            (Arphrd::IEEE802, "ieee802"),
            (Arphrd::INFINIBAND, "infiniband"),
            (Arphrd::CAN, "can"),
            (Arphrd::PPP, "ppp"),
            (Arphrd::TUNNEL, "tunnel"),
            (Arphrd::TUNNEL6, "tunnel6"),
            (Arphrd::LOOPBACK, "loopback"),
            (Arphrd::SIT, "sit"),
            (Arphrd::IPGRE, "ipgre"),
            (Arphrd::IEEE80211, "ieee80211"),
            (Arphrd::IEEE80211_RADIOTAP, "ieee80211-radiotap"),
            (Arphrd::IP6GRE, "ip6gre"),
            (Arphrd::NETLINK, "netlink"),
            (Arphrd::_6LOWPAN, "6lowpan"),
            (Arphrd::NONE, "none"),
            (Arphrd::VOID, "void"),
        ];

        /// The spec's name of this value (`None`: one it does not know).
        pub fn name(self) -> Option<&'static str> {
            Arphrd::ENTRIES.iter().find(|(v, _)| *v == self).map(|(_, n)| *n)
        }
    }

    impl From<u32> for Arphrd {
        fn from(v: u32) -> Self {
            Arphrd(v)
        }
    }

    impl From<Arphrd> for u32 {
        fn from(v: Arphrd) -> Self {
            v.0
        }
    }

    impl core::fmt::Debug for Arphrd {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match self.name() {
                Some(n) => f.write_str(n),
                None => write!(f, "Arphrd({})", self.0),
            }
        }
    }

}

/// One enum per attribute set: a variant per attribute, its value as the
/// spec types it; `Other` keeps what the spec does not know.
pub mod attrs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Attribute set `link-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkAttrs<'a> {
        /// `address` (type 1, binary).
        Address(&'a [u8]),
        /// `broadcast` (type 2, binary).
        Broadcast(&'a [u8]),
        /// `ifname` (type 3, string).
        Ifname(&'a str),
        /// `mtu` (type 4, u32).
        Mtu(u32),
        /// `link` (type 5, u32).
        Link(u32),
        /// `qdisc` (type 6, string).
        Qdisc(&'a str),
        /// `stats` (type 7, binary).
        Stats(nlw::ynl::Struct<'a, super::defs::RtnlLinkStats>),
        /// `cost` (type 8, string).
        Cost(&'a str),
        /// `priority` (type 9, string).
        Priority(&'a str),
        /// `master` (type 10, u32).
        Master(u32),
        /// `wireless` (type 11, string).
        Wireless(&'a str),
        /// `protinfo` (type 12, binary).
        Protinfo(&'a [u8]),
        /// `txqlen` (type 13, u32).
        Txqlen(u32),
        /// `map` (type 14, binary).
        Map(nlw::ynl::Struct<'a, super::defs::RtnlLinkIfmap>),
        /// `weight` (type 15, u32).
        Weight(u32),
        /// `operstate` (type 16, u8).
        Operstate(super::defs::OperState),
        /// `linkmode` (type 17, u8).
        Linkmode(super::defs::LinkMode),
        /// `linkinfo` (type 18, nest).
        Linkinfo(nlw::ynl::Nest<'a, LinkinfoAttrs<'a>>),
        /// `net-ns-pid` (type 19, u32).
        NetNsPid(u32),
        /// `ifalias` (type 20, string).
        Ifalias(&'a str),
        /// `num-vf` (type 21, u32).
        NumVf(u32),
        /// `vfinfo-list` (type 22, nest).
        VfinfoList(nlw::ynl::Nest<'a, VfinfoListAttrs<'a>>),
        /// `stats64` (type 23, binary).
        Stats64(nlw::ynl::Struct<'a, super::defs::RtnlLinkStats64>),
        /// `vf-ports` (type 24, nest).
        VfPorts(nlw::ynl::Nest<'a, VfPortsAttrs<'a>>),
        /// `port-self` (type 25, nest).
        PortSelf(nlw::ynl::Nest<'a, PortSelfAttrs<'a>>),
        /// `af-spec` (type 26, nest).
        AfSpec(nlw::ynl::Nest<'a, AfSpecAttrs<'a>>),
        /// `group` (type 27, u32).
        Group(u32),
        /// `net-ns-fd` (type 28, u32).
        NetNsFd(u32),
        /// `ext-mask` (type 29, u32).
        ExtMask(super::defs::RtextFilter),
        /// `promiscuity` (type 30, u32).
        Promiscuity(u32),
        /// `num-tx-queues` (type 31, u32).
        NumTxQueues(u32),
        /// `num-rx-queues` (type 32, u32).
        NumRxQueues(u32),
        /// `carrier` (type 33, u8).
        Carrier(u8),
        /// `phys-port-id` (type 34, binary).
        PhysPortId(&'a [u8]),
        /// `carrier-changes` (type 35, u32).
        CarrierChanges(u32),
        /// `phys-switch-id` (type 36, binary).
        PhysSwitchId(&'a [u8]),
        /// `link-netnsid` (type 37, s32).
        LinkNetnsid(i32),
        /// `phys-port-name` (type 38, string).
        PhysPortName(&'a str),
        /// `proto-down` (type 39, u8).
        ProtoDown(u8),
        /// `gso-max-segs` (type 40, u32).
        GsoMaxSegs(u32),
        /// `gso-max-size` (type 41, u32).
        GsoMaxSize(u32),
        /// `pad` (type 42, pad).
        Pad(&'a [u8]),
        /// `xdp` (type 43, nest).
        Xdp(nlw::ynl::Nest<'a, XdpAttrs<'a>>),
        /// `event` (type 44, u32).
        Event(u32),
        /// `new-netnsid` (type 45, s32).
        NewNetnsid(i32),
        /// `target-netnsid` (type 46, s32).
        TargetNetnsid(i32),
        /// `carrier-up-count` (type 47, u32).
        CarrierUpCount(u32),
        /// `carrier-down-count` (type 48, u32).
        CarrierDownCount(u32),
        /// `new-ifindex` (type 49, s32).
        NewIfindex(i32),
        /// `min-mtu` (type 50, u32).
        MinMtu(u32),
        /// `max-mtu` (type 51, u32).
        MaxMtu(u32),
        /// `prop-list` (type 52, nest).
        PropList(nlw::ynl::Nest<'a, PropListLinkAttrs<'a>>),
        /// `alt-ifname` (type 53, string).
        AltIfname(&'a str),
        /// `perm-address` (type 54, binary).
        PermAddress(&'a [u8]),
        /// `proto-down-reason` (type 55, string).
        ProtoDownReason(&'a str),
        /// `parent-dev-name` (type 56, string).
        ParentDevName(&'a str),
        /// `parent-dev-bus-name` (type 57, string).
        ParentDevBusName(&'a str),
        /// `gro-max-size` (type 58, u32).
        GroMaxSize(u32),
        /// `tso-max-size` (type 59, u32).
        TsoMaxSize(u32),
        /// `tso-max-segs` (type 60, u32).
        TsoMaxSegs(u32),
        /// `allmulti` (type 61, u32).
        Allmulti(u32),
        /// `devlink-port` (type 62, binary).
        DevlinkPort(&'a [u8]),
        /// `gso-ipv4-max-size` (type 63, u32).
        GsoIpv4MaxSize(u32),
        /// `gro-ipv4-max-size` (type 64, u32).
        GroIpv4MaxSize(u32),
        /// `dpll-pin` (type 65, nest).
        DpllPin(nlw::ynl::Nest<'a, LinkDpllPinAttrs<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkAttrs<'_> {
        /// Type number of `address`.
        pub const ADDRESS: u16 = 1;
        /// Type number of `broadcast`.
        pub const BROADCAST: u16 = 2;
        /// Type number of `ifname`.
        pub const IFNAME: u16 = 3;
        /// Type number of `mtu`.
        pub const MTU: u16 = 4;
        /// Type number of `link`.
        pub const LINK: u16 = 5;
        /// Type number of `qdisc`.
        pub const QDISC: u16 = 6;
        /// Type number of `stats`.
        pub const STATS: u16 = 7;
        /// Type number of `cost`.
        pub const COST: u16 = 8;
        /// Type number of `priority`.
        pub const PRIORITY: u16 = 9;
        /// Type number of `master`.
        pub const MASTER: u16 = 10;
        /// Type number of `wireless`.
        pub const WIRELESS: u16 = 11;
        /// Type number of `protinfo`.
        pub const PROTINFO: u16 = 12;
        /// Type number of `txqlen`.
        pub const TXQLEN: u16 = 13;
        /// Type number of `map`.
        pub const MAP: u16 = 14;
        /// Type number of `weight`.
        pub const WEIGHT: u16 = 15;
        /// Type number of `operstate`.
        pub const OPERSTATE: u16 = 16;
        /// Type number of `linkmode`.
        pub const LINKMODE: u16 = 17;
        /// Type number of `linkinfo`.
        pub const LINKINFO: u16 = 18;
        /// Type number of `net-ns-pid`.
        pub const NET_NS_PID: u16 = 19;
        /// Type number of `ifalias`.
        pub const IFALIAS: u16 = 20;
        /// Type number of `num-vf`.
        pub const NUM_VF: u16 = 21;
        /// Type number of `vfinfo-list`.
        pub const VFINFO_LIST: u16 = 22;
        /// Type number of `stats64`.
        pub const STATS64: u16 = 23;
        /// Type number of `vf-ports`.
        pub const VF_PORTS: u16 = 24;
        /// Type number of `port-self`.
        pub const PORT_SELF: u16 = 25;
        /// Type number of `af-spec`.
        pub const AF_SPEC: u16 = 26;
        /// Type number of `group`.
        pub const GROUP: u16 = 27;
        /// Type number of `net-ns-fd`.
        pub const NET_NS_FD: u16 = 28;
        /// Type number of `ext-mask`.
        pub const EXT_MASK: u16 = 29;
        /// Type number of `promiscuity`.
        pub const PROMISCUITY: u16 = 30;
        /// Type number of `num-tx-queues`.
        pub const NUM_TX_QUEUES: u16 = 31;
        /// Type number of `num-rx-queues`.
        pub const NUM_RX_QUEUES: u16 = 32;
        /// Type number of `carrier`.
        pub const CARRIER: u16 = 33;
        /// Type number of `phys-port-id`.
        pub const PHYS_PORT_ID: u16 = 34;
        /// Type number of `carrier-changes`.
        pub const CARRIER_CHANGES: u16 = 35;
        /// Type number of `phys-switch-id`.
        pub const PHYS_SWITCH_ID: u16 = 36;
        /// Type number of `link-netnsid`.
        pub const LINK_NETNSID: u16 = 37;
        /// Type number of `phys-port-name`.
        pub const PHYS_PORT_NAME: u16 = 38;
        /// Type number of `proto-down`.
        pub const PROTO_DOWN: u16 = 39;
        /// Type number of `gso-max-segs`.
        pub const GSO_MAX_SEGS: u16 = 40;
        /// Type number of `gso-max-size`.
        pub const GSO_MAX_SIZE: u16 = 41;
        /// Type number of `pad`.
        pub const PAD: u16 = 42;
        /// Type number of `xdp`.
        pub const XDP: u16 = 43;
        /// Type number of `event`.
        pub const EVENT: u16 = 44;
        /// Type number of `new-netnsid`.
        pub const NEW_NETNSID: u16 = 45;
        /// Type number of `target-netnsid`.
        pub const TARGET_NETNSID: u16 = 46;
        /// Type number of `carrier-up-count`.
        pub const CARRIER_UP_COUNT: u16 = 47;
        /// Type number of `carrier-down-count`.
        pub const CARRIER_DOWN_COUNT: u16 = 48;
        /// Type number of `new-ifindex`.
        pub const NEW_IFINDEX: u16 = 49;
        /// Type number of `min-mtu`.
        pub const MIN_MTU: u16 = 50;
        /// Type number of `max-mtu`.
        pub const MAX_MTU: u16 = 51;
        /// Type number of `prop-list`.
        pub const PROP_LIST: u16 = 52;
        /// Type number of `alt-ifname`.
        pub const ALT_IFNAME: u16 = 53;
        /// Type number of `perm-address`.
        pub const PERM_ADDRESS: u16 = 54;
        /// Type number of `proto-down-reason`.
        pub const PROTO_DOWN_REASON: u16 = 55;
        /// Type number of `parent-dev-name`.
        pub const PARENT_DEV_NAME: u16 = 56;
        /// Type number of `parent-dev-bus-name`.
        pub const PARENT_DEV_BUS_NAME: u16 = 57;
        /// Type number of `gro-max-size`.
        pub const GRO_MAX_SIZE: u16 = 58;
        /// Type number of `tso-max-size`.
        pub const TSO_MAX_SIZE: u16 = 59;
        /// Type number of `tso-max-segs`.
        pub const TSO_MAX_SEGS: u16 = 60;
        /// Type number of `allmulti`.
        pub const ALLMULTI: u16 = 61;
        /// Type number of `devlink-port`.
        pub const DEVLINK_PORT: u16 = 62;
        /// Type number of `gso-ipv4-max-size`.
        pub const GSO_IPV4_MAX_SIZE: u16 = 63;
        /// Type number of `gro-ipv4-max-size`.
        pub const GRO_IPV4_MAX_SIZE: u16 = 64;
        /// Type number of `dpll-pin`.
        pub const DPLL_PIN: u16 = 65;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkAttrs<'a> {
        const SET: &'static str = "link-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ADDRESS => Self::Address(a.value),
                Self::BROADCAST => Self::Broadcast(a.value),
                Self::IFNAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Ifname(v),
                    None => Self::Other(a),
                },
                Self::MTU => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Mtu(v),
                    None => Self::Other(a),
                },
                Self::LINK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Link(v),
                    None => Self::Other(a),
                },
                Self::QDISC => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Qdisc(v),
                    None => Self::Other(a),
                },
                Self::STATS => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Stats(v),
                    None => Self::Other(a),
                },
                Self::COST => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Cost(v),
                    None => Self::Other(a),
                },
                Self::PRIORITY => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Priority(v),
                    None => Self::Other(a),
                },
                Self::MASTER => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Master(v),
                    None => Self::Other(a),
                },
                Self::WIRELESS => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Wireless(v),
                    None => Self::Other(a),
                },
                Self::PROTINFO => Self::Protinfo(a.value),
                Self::TXQLEN => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Txqlen(v),
                    None => Self::Other(a),
                },
                Self::MAP => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Map(v),
                    None => Self::Other(a),
                },
                Self::WEIGHT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Weight(v),
                    None => Self::Other(a),
                },
                Self::OPERSTATE => match a.array::<1>().ok().map(u8::from_ne_bytes).map(|x| super::defs::OperState(x as u32)) {
                    Some(v) => Self::Operstate(v),
                    None => Self::Other(a),
                },
                Self::LINKMODE => match a.array::<1>().ok().map(u8::from_ne_bytes).map(|x| super::defs::LinkMode(x as u32)) {
                    Some(v) => Self::Linkmode(v),
                    None => Self::Other(a),
                },
                Self::LINKINFO => Self::Linkinfo(nlw::ynl::Nest::Wire(a.value)),
                Self::NET_NS_PID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NetNsPid(v),
                    None => Self::Other(a),
                },
                Self::IFALIAS => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Ifalias(v),
                    None => Self::Other(a),
                },
                Self::NUM_VF => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NumVf(v),
                    None => Self::Other(a),
                },
                Self::VFINFO_LIST => Self::VfinfoList(nlw::ynl::Nest::Wire(a.value)),
                Self::STATS64 => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Stats64(v),
                    None => Self::Other(a),
                },
                Self::VF_PORTS => Self::VfPorts(nlw::ynl::Nest::Wire(a.value)),
                Self::PORT_SELF => Self::PortSelf(nlw::ynl::Nest::Wire(a.value)),
                Self::AF_SPEC => Self::AfSpec(nlw::ynl::Nest::Wire(a.value)),
                Self::GROUP => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Group(v),
                    None => Self::Other(a),
                },
                Self::NET_NS_FD => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NetNsFd(v),
                    None => Self::Other(a),
                },
                Self::EXT_MASK => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::RtextFilter) {
                    Some(v) => Self::ExtMask(v),
                    None => Self::Other(a),
                },
                Self::PROMISCUITY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Promiscuity(v),
                    None => Self::Other(a),
                },
                Self::NUM_TX_QUEUES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NumTxQueues(v),
                    None => Self::Other(a),
                },
                Self::NUM_RX_QUEUES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NumRxQueues(v),
                    None => Self::Other(a),
                },
                Self::CARRIER => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Carrier(v),
                    None => Self::Other(a),
                },
                Self::PHYS_PORT_ID => Self::PhysPortId(a.value),
                Self::CARRIER_CHANGES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::CarrierChanges(v),
                    None => Self::Other(a),
                },
                Self::PHYS_SWITCH_ID => Self::PhysSwitchId(a.value),
                Self::LINK_NETNSID => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::LinkNetnsid(v),
                    None => Self::Other(a),
                },
                Self::PHYS_PORT_NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::PhysPortName(v),
                    None => Self::Other(a),
                },
                Self::PROTO_DOWN => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ProtoDown(v),
                    None => Self::Other(a),
                },
                Self::GSO_MAX_SEGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::GsoMaxSegs(v),
                    None => Self::Other(a),
                },
                Self::GSO_MAX_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::GsoMaxSize(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                Self::XDP => Self::Xdp(nlw::ynl::Nest::Wire(a.value)),
                Self::EVENT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Event(v),
                    None => Self::Other(a),
                },
                Self::NEW_NETNSID => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::NewNetnsid(v),
                    None => Self::Other(a),
                },
                Self::TARGET_NETNSID => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::TargetNetnsid(v),
                    None => Self::Other(a),
                },
                Self::CARRIER_UP_COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::CarrierUpCount(v),
                    None => Self::Other(a),
                },
                Self::CARRIER_DOWN_COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::CarrierDownCount(v),
                    None => Self::Other(a),
                },
                Self::NEW_IFINDEX => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::NewIfindex(v),
                    None => Self::Other(a),
                },
                Self::MIN_MTU => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::MinMtu(v),
                    None => Self::Other(a),
                },
                Self::MAX_MTU => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::MaxMtu(v),
                    None => Self::Other(a),
                },
                Self::PROP_LIST => Self::PropList(nlw::ynl::Nest::Wire(a.value)),
                Self::ALT_IFNAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::AltIfname(v),
                    None => Self::Other(a),
                },
                Self::PERM_ADDRESS => Self::PermAddress(a.value),
                Self::PROTO_DOWN_REASON => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::ProtoDownReason(v),
                    None => Self::Other(a),
                },
                Self::PARENT_DEV_NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::ParentDevName(v),
                    None => Self::Other(a),
                },
                Self::PARENT_DEV_BUS_NAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::ParentDevBusName(v),
                    None => Self::Other(a),
                },
                Self::GRO_MAX_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::GroMaxSize(v),
                    None => Self::Other(a),
                },
                Self::TSO_MAX_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TsoMaxSize(v),
                    None => Self::Other(a),
                },
                Self::TSO_MAX_SEGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::TsoMaxSegs(v),
                    None => Self::Other(a),
                },
                Self::ALLMULTI => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Allmulti(v),
                    None => Self::Other(a),
                },
                Self::DEVLINK_PORT => Self::DevlinkPort(a.value),
                Self::GSO_IPV4_MAX_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::GsoIpv4MaxSize(v),
                    None => Self::Other(a),
                },
                Self::GRO_IPV4_MAX_SIZE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::GroIpv4MaxSize(v),
                    None => Self::Other(a),
                },
                Self::DPLL_PIN => Self::DpllPin(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Address(_) => Self::ADDRESS,
                Self::Broadcast(_) => Self::BROADCAST,
                Self::Ifname(_) => Self::IFNAME,
                Self::Mtu(_) => Self::MTU,
                Self::Link(_) => Self::LINK,
                Self::Qdisc(_) => Self::QDISC,
                Self::Stats(_) => Self::STATS,
                Self::Cost(_) => Self::COST,
                Self::Priority(_) => Self::PRIORITY,
                Self::Master(_) => Self::MASTER,
                Self::Wireless(_) => Self::WIRELESS,
                Self::Protinfo(_) => Self::PROTINFO,
                Self::Txqlen(_) => Self::TXQLEN,
                Self::Map(_) => Self::MAP,
                Self::Weight(_) => Self::WEIGHT,
                Self::Operstate(_) => Self::OPERSTATE,
                Self::Linkmode(_) => Self::LINKMODE,
                Self::Linkinfo(_) => Self::LINKINFO,
                Self::NetNsPid(_) => Self::NET_NS_PID,
                Self::Ifalias(_) => Self::IFALIAS,
                Self::NumVf(_) => Self::NUM_VF,
                Self::VfinfoList(_) => Self::VFINFO_LIST,
                Self::Stats64(_) => Self::STATS64,
                Self::VfPorts(_) => Self::VF_PORTS,
                Self::PortSelf(_) => Self::PORT_SELF,
                Self::AfSpec(_) => Self::AF_SPEC,
                Self::Group(_) => Self::GROUP,
                Self::NetNsFd(_) => Self::NET_NS_FD,
                Self::ExtMask(_) => Self::EXT_MASK,
                Self::Promiscuity(_) => Self::PROMISCUITY,
                Self::NumTxQueues(_) => Self::NUM_TX_QUEUES,
                Self::NumRxQueues(_) => Self::NUM_RX_QUEUES,
                Self::Carrier(_) => Self::CARRIER,
                Self::PhysPortId(_) => Self::PHYS_PORT_ID,
                Self::CarrierChanges(_) => Self::CARRIER_CHANGES,
                Self::PhysSwitchId(_) => Self::PHYS_SWITCH_ID,
                Self::LinkNetnsid(_) => Self::LINK_NETNSID,
                Self::PhysPortName(_) => Self::PHYS_PORT_NAME,
                Self::ProtoDown(_) => Self::PROTO_DOWN,
                Self::GsoMaxSegs(_) => Self::GSO_MAX_SEGS,
                Self::GsoMaxSize(_) => Self::GSO_MAX_SIZE,
                Self::Pad(_) => Self::PAD,
                Self::Xdp(_) => Self::XDP,
                Self::Event(_) => Self::EVENT,
                Self::NewNetnsid(_) => Self::NEW_NETNSID,
                Self::TargetNetnsid(_) => Self::TARGET_NETNSID,
                Self::CarrierUpCount(_) => Self::CARRIER_UP_COUNT,
                Self::CarrierDownCount(_) => Self::CARRIER_DOWN_COUNT,
                Self::NewIfindex(_) => Self::NEW_IFINDEX,
                Self::MinMtu(_) => Self::MIN_MTU,
                Self::MaxMtu(_) => Self::MAX_MTU,
                Self::PropList(_) => Self::PROP_LIST,
                Self::AltIfname(_) => Self::ALT_IFNAME,
                Self::PermAddress(_) => Self::PERM_ADDRESS,
                Self::ProtoDownReason(_) => Self::PROTO_DOWN_REASON,
                Self::ParentDevName(_) => Self::PARENT_DEV_NAME,
                Self::ParentDevBusName(_) => Self::PARENT_DEV_BUS_NAME,
                Self::GroMaxSize(_) => Self::GRO_MAX_SIZE,
                Self::TsoMaxSize(_) => Self::TSO_MAX_SIZE,
                Self::TsoMaxSegs(_) => Self::TSO_MAX_SEGS,
                Self::Allmulti(_) => Self::ALLMULTI,
                Self::DevlinkPort(_) => Self::DEVLINK_PORT,
                Self::GsoIpv4MaxSize(_) => Self::GSO_IPV4_MAX_SIZE,
                Self::GroIpv4MaxSize(_) => Self::GRO_IPV4_MAX_SIZE,
                Self::DpllPin(_) => Self::DPLL_PIN,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Address(v) => nlw::attr_len(v.len()),
                Self::Broadcast(v) => nlw::attr_len(v.len()),
                Self::Ifname(v) => nlw::ynl::str_len(v),
                Self::Mtu(_) => nlw::attr_len(4),
                Self::Link(_) => nlw::attr_len(4),
                Self::Qdisc(v) => nlw::ynl::str_len(v),
                Self::Stats(v) => v.encoded_len(),
                Self::Cost(v) => nlw::ynl::str_len(v),
                Self::Priority(v) => nlw::ynl::str_len(v),
                Self::Master(_) => nlw::attr_len(4),
                Self::Wireless(v) => nlw::ynl::str_len(v),
                Self::Protinfo(v) => nlw::attr_len(v.len()),
                Self::Txqlen(_) => nlw::attr_len(4),
                Self::Map(v) => v.encoded_len(),
                Self::Weight(_) => nlw::attr_len(4),
                Self::Operstate(_) => nlw::attr_len(1),
                Self::Linkmode(_) => nlw::attr_len(1),
                Self::Linkinfo(v) => v.encoded_len(),
                Self::NetNsPid(_) => nlw::attr_len(4),
                Self::Ifalias(v) => nlw::ynl::str_len(v),
                Self::NumVf(_) => nlw::attr_len(4),
                Self::VfinfoList(v) => v.encoded_len(),
                Self::Stats64(v) => v.encoded_len(),
                Self::VfPorts(v) => v.encoded_len(),
                Self::PortSelf(v) => v.encoded_len(),
                Self::AfSpec(v) => v.encoded_len(),
                Self::Group(_) => nlw::attr_len(4),
                Self::NetNsFd(_) => nlw::attr_len(4),
                Self::ExtMask(_) => nlw::attr_len(4),
                Self::Promiscuity(_) => nlw::attr_len(4),
                Self::NumTxQueues(_) => nlw::attr_len(4),
                Self::NumRxQueues(_) => nlw::attr_len(4),
                Self::Carrier(_) => nlw::attr_len(1),
                Self::PhysPortId(v) => nlw::attr_len(v.len()),
                Self::CarrierChanges(_) => nlw::attr_len(4),
                Self::PhysSwitchId(v) => nlw::attr_len(v.len()),
                Self::LinkNetnsid(_) => nlw::attr_len(4),
                Self::PhysPortName(v) => nlw::ynl::str_len(v),
                Self::ProtoDown(_) => nlw::attr_len(1),
                Self::GsoMaxSegs(_) => nlw::attr_len(4),
                Self::GsoMaxSize(_) => nlw::attr_len(4),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::Xdp(v) => v.encoded_len(),
                Self::Event(_) => nlw::attr_len(4),
                Self::NewNetnsid(_) => nlw::attr_len(4),
                Self::TargetNetnsid(_) => nlw::attr_len(4),
                Self::CarrierUpCount(_) => nlw::attr_len(4),
                Self::CarrierDownCount(_) => nlw::attr_len(4),
                Self::NewIfindex(_) => nlw::attr_len(4),
                Self::MinMtu(_) => nlw::attr_len(4),
                Self::MaxMtu(_) => nlw::attr_len(4),
                Self::PropList(v) => v.encoded_len(),
                Self::AltIfname(v) => nlw::ynl::str_len(v),
                Self::PermAddress(v) => nlw::attr_len(v.len()),
                Self::ProtoDownReason(v) => nlw::ynl::str_len(v),
                Self::ParentDevName(v) => nlw::ynl::str_len(v),
                Self::ParentDevBusName(v) => nlw::ynl::str_len(v),
                Self::GroMaxSize(_) => nlw::attr_len(4),
                Self::TsoMaxSize(_) => nlw::attr_len(4),
                Self::TsoMaxSegs(_) => nlw::attr_len(4),
                Self::Allmulti(_) => nlw::attr_len(4),
                Self::DevlinkPort(v) => nlw::attr_len(v.len()),
                Self::GsoIpv4MaxSize(_) => nlw::attr_len(4),
                Self::GroIpv4MaxSize(_) => nlw::attr_len(4),
                Self::DpllPin(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Address(v) => {
                    const T: u16 = LinkAttrs::ADDRESS;
                    b.attr(T, v);
                }
                Self::Broadcast(v) => {
                    const T: u16 = LinkAttrs::BROADCAST;
                    b.attr(T, v);
                }
                Self::Ifname(v) => {
                    const T: u16 = LinkAttrs::IFNAME;
                    b.attr_str(T, v);
                }
                Self::Mtu(v) => {
                    const T: u16 = LinkAttrs::MTU;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Link(v) => {
                    const T: u16 = LinkAttrs::LINK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Qdisc(v) => {
                    const T: u16 = LinkAttrs::QDISC;
                    b.attr_str(T, v);
                }
                Self::Stats(v) => {
                    const T: u16 = LinkAttrs::STATS;
                    v.emit(T, b);
                }
                Self::Cost(v) => {
                    const T: u16 = LinkAttrs::COST;
                    b.attr_str(T, v);
                }
                Self::Priority(v) => {
                    const T: u16 = LinkAttrs::PRIORITY;
                    b.attr_str(T, v);
                }
                Self::Master(v) => {
                    const T: u16 = LinkAttrs::MASTER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Wireless(v) => {
                    const T: u16 = LinkAttrs::WIRELESS;
                    b.attr_str(T, v);
                }
                Self::Protinfo(v) => {
                    const T: u16 = LinkAttrs::PROTINFO;
                    b.attr(T, v);
                }
                Self::Txqlen(v) => {
                    const T: u16 = LinkAttrs::TXQLEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Map(v) => {
                    const T: u16 = LinkAttrs::MAP;
                    v.emit(T, b);
                }
                Self::Weight(v) => {
                    const T: u16 = LinkAttrs::WEIGHT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Operstate(v) => {
                    const T: u16 = LinkAttrs::OPERSTATE;
                    b.attr(T, &(v.0 as u8).to_ne_bytes());
                }
                Self::Linkmode(v) => {
                    const T: u16 = LinkAttrs::LINKMODE;
                    b.attr(T, &(v.0 as u8).to_ne_bytes());
                }
                Self::Linkinfo(v) => {
                    const T: u16 = LinkAttrs::LINKINFO;
                    v.emit(T, b);
                }
                Self::NetNsPid(v) => {
                    const T: u16 = LinkAttrs::NET_NS_PID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Ifalias(v) => {
                    const T: u16 = LinkAttrs::IFALIAS;
                    b.attr_str(T, v);
                }
                Self::NumVf(v) => {
                    const T: u16 = LinkAttrs::NUM_VF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VfinfoList(v) => {
                    const T: u16 = LinkAttrs::VFINFO_LIST;
                    v.emit(T, b);
                }
                Self::Stats64(v) => {
                    const T: u16 = LinkAttrs::STATS64;
                    v.emit(T, b);
                }
                Self::VfPorts(v) => {
                    const T: u16 = LinkAttrs::VF_PORTS;
                    v.emit(T, b);
                }
                Self::PortSelf(v) => {
                    const T: u16 = LinkAttrs::PORT_SELF;
                    v.emit(T, b);
                }
                Self::AfSpec(v) => {
                    const T: u16 = LinkAttrs::AF_SPEC;
                    v.emit(T, b);
                }
                Self::Group(v) => {
                    const T: u16 = LinkAttrs::GROUP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NetNsFd(v) => {
                    const T: u16 = LinkAttrs::NET_NS_FD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ExtMask(v) => {
                    const T: u16 = LinkAttrs::EXT_MASK;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::Promiscuity(v) => {
                    const T: u16 = LinkAttrs::PROMISCUITY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NumTxQueues(v) => {
                    const T: u16 = LinkAttrs::NUM_TX_QUEUES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NumRxQueues(v) => {
                    const T: u16 = LinkAttrs::NUM_RX_QUEUES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Carrier(v) => {
                    const T: u16 = LinkAttrs::CARRIER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PhysPortId(v) => {
                    const T: u16 = LinkAttrs::PHYS_PORT_ID;
                    b.attr(T, v);
                }
                Self::CarrierChanges(v) => {
                    const T: u16 = LinkAttrs::CARRIER_CHANGES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PhysSwitchId(v) => {
                    const T: u16 = LinkAttrs::PHYS_SWITCH_ID;
                    b.attr(T, v);
                }
                Self::LinkNetnsid(v) => {
                    const T: u16 = LinkAttrs::LINK_NETNSID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PhysPortName(v) => {
                    const T: u16 = LinkAttrs::PHYS_PORT_NAME;
                    b.attr_str(T, v);
                }
                Self::ProtoDown(v) => {
                    const T: u16 = LinkAttrs::PROTO_DOWN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::GsoMaxSegs(v) => {
                    const T: u16 = LinkAttrs::GSO_MAX_SEGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::GsoMaxSize(v) => {
                    const T: u16 = LinkAttrs::GSO_MAX_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pad(v) => {
                    const T: u16 = LinkAttrs::PAD;
                    b.attr(T, v);
                }
                Self::Xdp(v) => {
                    const T: u16 = LinkAttrs::XDP;
                    v.emit(T, b);
                }
                Self::Event(v) => {
                    const T: u16 = LinkAttrs::EVENT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NewNetnsid(v) => {
                    const T: u16 = LinkAttrs::NEW_NETNSID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TargetNetnsid(v) => {
                    const T: u16 = LinkAttrs::TARGET_NETNSID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CarrierUpCount(v) => {
                    const T: u16 = LinkAttrs::CARRIER_UP_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CarrierDownCount(v) => {
                    const T: u16 = LinkAttrs::CARRIER_DOWN_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NewIfindex(v) => {
                    const T: u16 = LinkAttrs::NEW_IFINDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MinMtu(v) => {
                    const T: u16 = LinkAttrs::MIN_MTU;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MaxMtu(v) => {
                    const T: u16 = LinkAttrs::MAX_MTU;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PropList(v) => {
                    const T: u16 = LinkAttrs::PROP_LIST;
                    v.emit(T, b);
                }
                Self::AltIfname(v) => {
                    const T: u16 = LinkAttrs::ALT_IFNAME;
                    b.attr_str(T, v);
                }
                Self::PermAddress(v) => {
                    const T: u16 = LinkAttrs::PERM_ADDRESS;
                    b.attr(T, v);
                }
                Self::ProtoDownReason(v) => {
                    const T: u16 = LinkAttrs::PROTO_DOWN_REASON;
                    b.attr_str(T, v);
                }
                Self::ParentDevName(v) => {
                    const T: u16 = LinkAttrs::PARENT_DEV_NAME;
                    b.attr_str(T, v);
                }
                Self::ParentDevBusName(v) => {
                    const T: u16 = LinkAttrs::PARENT_DEV_BUS_NAME;
                    b.attr_str(T, v);
                }
                Self::GroMaxSize(v) => {
                    const T: u16 = LinkAttrs::GRO_MAX_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TsoMaxSize(v) => {
                    const T: u16 = LinkAttrs::TSO_MAX_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TsoMaxSegs(v) => {
                    const T: u16 = LinkAttrs::TSO_MAX_SEGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Allmulti(v) => {
                    const T: u16 = LinkAttrs::ALLMULTI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::DevlinkPort(v) => {
                    const T: u16 = LinkAttrs::DEVLINK_PORT;
                    b.attr(T, v);
                }
                Self::GsoIpv4MaxSize(v) => {
                    const T: u16 = LinkAttrs::GSO_IPV4_MAX_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::GroIpv4MaxSize(v) => {
                    const T: u16 = LinkAttrs::GRO_IPV4_MAX_SIZE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::DpllPin(v) => {
                    const T: u16 = LinkAttrs::DPLL_PIN;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Linkinfo(v) => {
                    const T: u16 = LinkAttrs::LINKINFO;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::VfinfoList(v) => {
                    const T: u16 = LinkAttrs::VFINFO_LIST;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::VfPorts(v) => {
                    const T: u16 = LinkAttrs::VF_PORTS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::PortSelf(v) => {
                    const T: u16 = LinkAttrs::PORT_SELF;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::AfSpec(v) => {
                    const T: u16 = LinkAttrs::AF_SPEC;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Xdp(v) => {
                    const T: u16 = LinkAttrs::XDP;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::PropList(v) => {
                    const T: u16 = LinkAttrs::PROP_LIST;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::DpllPin(v) => {
                    const T: u16 = LinkAttrs::DPLL_PIN;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, LinkAttrs::ADDRESS | LinkAttrs::BROADCAST | LinkAttrs::IFNAME | LinkAttrs::MTU | LinkAttrs::LINK | LinkAttrs::QDISC | LinkAttrs::STATS | LinkAttrs::COST | LinkAttrs::PRIORITY | LinkAttrs::MASTER | LinkAttrs::WIRELESS | LinkAttrs::PROTINFO | LinkAttrs::TXQLEN | LinkAttrs::MAP | LinkAttrs::WEIGHT | LinkAttrs::OPERSTATE | LinkAttrs::LINKMODE | LinkAttrs::LINKINFO | LinkAttrs::NET_NS_PID | LinkAttrs::IFALIAS | LinkAttrs::NUM_VF | LinkAttrs::VFINFO_LIST | LinkAttrs::STATS64 | LinkAttrs::VF_PORTS | LinkAttrs::PORT_SELF | LinkAttrs::AF_SPEC | LinkAttrs::GROUP | LinkAttrs::NET_NS_FD | LinkAttrs::EXT_MASK | LinkAttrs::PROMISCUITY | LinkAttrs::NUM_TX_QUEUES | LinkAttrs::NUM_RX_QUEUES | LinkAttrs::CARRIER | LinkAttrs::PHYS_PORT_ID | LinkAttrs::CARRIER_CHANGES | LinkAttrs::PHYS_SWITCH_ID | LinkAttrs::LINK_NETNSID | LinkAttrs::PHYS_PORT_NAME | LinkAttrs::PROTO_DOWN | LinkAttrs::GSO_MAX_SEGS | LinkAttrs::GSO_MAX_SIZE | LinkAttrs::PAD | LinkAttrs::XDP | LinkAttrs::EVENT | LinkAttrs::NEW_NETNSID | LinkAttrs::TARGET_NETNSID | LinkAttrs::CARRIER_UP_COUNT | LinkAttrs::CARRIER_DOWN_COUNT | LinkAttrs::NEW_IFINDEX | LinkAttrs::MIN_MTU | LinkAttrs::MAX_MTU | LinkAttrs::PROP_LIST | LinkAttrs::ALT_IFNAME | LinkAttrs::PERM_ADDRESS | LinkAttrs::PROTO_DOWN_REASON | LinkAttrs::PARENT_DEV_NAME | LinkAttrs::PARENT_DEV_BUS_NAME | LinkAttrs::GRO_MAX_SIZE | LinkAttrs::TSO_MAX_SIZE | LinkAttrs::TSO_MAX_SEGS | LinkAttrs::ALLMULTI | LinkAttrs::DEVLINK_PORT | LinkAttrs::GSO_IPV4_MAX_SIZE | LinkAttrs::GRO_IPV4_MAX_SIZE | LinkAttrs::DPLL_PIN) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `prop-list-link-attrs` (a subset of `link-attrs`).
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum PropListLinkAttrs<'a> {
        /// `alt-ifname` (type 53, string).
        AltIfname(&'a str),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl PropListLinkAttrs<'_> {
        /// Type number of `alt-ifname`.
        pub const ALT_IFNAME: u16 = 53;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for PropListLinkAttrs<'a> {
        const SET: &'static str = "prop-list-link-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ALT_IFNAME => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::AltIfname(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::AltIfname(_) => Self::ALT_IFNAME,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::AltIfname(v) => nlw::ynl::str_len(v),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::AltIfname(v) => {
                    const T: u16 = PropListLinkAttrs::ALT_IFNAME;
                    b.attr_str(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, PropListLinkAttrs::ALT_IFNAME) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `af-spec-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum AfSpecAttrs<'a> {
        /// `inet` (type 2, nest).
        Inet(nlw::ynl::Nest<'a, IflaAttrs<'a>>),
        /// `inet6` (type 10, nest).
        Inet6(nlw::ynl::Nest<'a, Ifla6Attrs<'a>>),
        /// `mctp` (type 45, nest).
        Mctp(nlw::ynl::Nest<'a, MctpAttrs<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl AfSpecAttrs<'_> {
        /// Type number of `inet`.
        pub const INET: u16 = 2;
        /// Type number of `inet6`.
        pub const INET6: u16 = 10;
        /// Type number of `mctp`.
        pub const MCTP: u16 = 45;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for AfSpecAttrs<'a> {
        const SET: &'static str = "af-spec-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::INET => Self::Inet(nlw::ynl::Nest::Wire(a.value)),
                Self::INET6 => Self::Inet6(nlw::ynl::Nest::Wire(a.value)),
                Self::MCTP => Self::Mctp(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Inet(_) => Self::INET,
                Self::Inet6(_) => Self::INET6,
                Self::Mctp(_) => Self::MCTP,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Inet(v) => v.encoded_len(),
                Self::Inet6(v) => v.encoded_len(),
                Self::Mctp(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Inet(v) => {
                    const T: u16 = AfSpecAttrs::INET;
                    v.emit(T, b);
                }
                Self::Inet6(v) => {
                    const T: u16 = AfSpecAttrs::INET6;
                    v.emit(T, b);
                }
                Self::Mctp(v) => {
                    const T: u16 = AfSpecAttrs::MCTP;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Inet(v) => {
                    const T: u16 = AfSpecAttrs::INET;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Inet6(v) => {
                    const T: u16 = AfSpecAttrs::INET6;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Mctp(v) => {
                    const T: u16 = AfSpecAttrs::MCTP;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, AfSpecAttrs::INET | AfSpecAttrs::INET6 | AfSpecAttrs::MCTP) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `vfinfo-list-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum VfinfoListAttrs<'a> {
        /// `info` (type 1, nest).
        Info(nlw::ynl::Nest<'a, VfinfoAttrs<'a>>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl VfinfoListAttrs<'_> {
        /// Type number of `info`.
        pub const INFO: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for VfinfoListAttrs<'a> {
        const SET: &'static str = "vfinfo-list-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::INFO => Self::Info(nlw::ynl::Nest::Wire(a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Info(_) => Self::INFO,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Info(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Info(v) => {
                    const T: u16 = VfinfoListAttrs::INFO;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Info(v) => {
                    const T: u16 = VfinfoListAttrs::INFO;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, VfinfoListAttrs::INFO) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `vfinfo-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum VfinfoAttrs<'a> {
        /// `mac` (type 1, binary).
        Mac(nlw::ynl::Struct<'a, super::defs::IflaVfMac>),
        /// `vlan` (type 2, binary).
        Vlan(nlw::ynl::Struct<'a, super::defs::IflaVfVlan>),
        /// `tx-rate` (type 3, binary).
        TxRate(nlw::ynl::Struct<'a, super::defs::IflaVfTxRate>),
        /// `spoofchk` (type 4, binary).
        Spoofchk(nlw::ynl::Struct<'a, super::defs::IflaVfSpoofchk>),
        /// `link-state` (type 5, binary).
        LinkState(nlw::ynl::Struct<'a, super::defs::IflaVfLinkState>),
        /// `rate` (type 6, binary).
        Rate(nlw::ynl::Struct<'a, super::defs::IflaVfRate>),
        /// `rss-query-en` (type 7, binary).
        RssQueryEn(nlw::ynl::Struct<'a, super::defs::IflaVfRssQueryEn>),
        /// `stats` (type 8, nest).
        Stats(nlw::ynl::Nest<'a, VfStatsAttrs<'a>>),
        /// `trust` (type 9, binary).
        Trust(nlw::ynl::Struct<'a, super::defs::IflaVfTrust>),
        /// `ib-node-guid` (type 10, binary).
        IbNodeGuid(nlw::ynl::Struct<'a, super::defs::IflaVfGuid>),
        /// `ib-port-guid` (type 11, binary).
        IbPortGuid(nlw::ynl::Struct<'a, super::defs::IflaVfGuid>),
        /// `vlan-list` (type 12, nest).
        VlanList(nlw::ynl::Nest<'a, VfVlanAttrs<'a>>),
        /// `broadcast` (type 13, binary).
        Broadcast(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl VfinfoAttrs<'_> {
        /// Type number of `mac`.
        pub const MAC: u16 = 1;
        /// Type number of `vlan`.
        pub const VLAN: u16 = 2;
        /// Type number of `tx-rate`.
        pub const TX_RATE: u16 = 3;
        /// Type number of `spoofchk`.
        pub const SPOOFCHK: u16 = 4;
        /// Type number of `link-state`.
        pub const LINK_STATE: u16 = 5;
        /// Type number of `rate`.
        pub const RATE: u16 = 6;
        /// Type number of `rss-query-en`.
        pub const RSS_QUERY_EN: u16 = 7;
        /// Type number of `stats`.
        pub const STATS: u16 = 8;
        /// Type number of `trust`.
        pub const TRUST: u16 = 9;
        /// Type number of `ib-node-guid`.
        pub const IB_NODE_GUID: u16 = 10;
        /// Type number of `ib-port-guid`.
        pub const IB_PORT_GUID: u16 = 11;
        /// Type number of `vlan-list`.
        pub const VLAN_LIST: u16 = 12;
        /// Type number of `broadcast`.
        pub const BROADCAST: u16 = 13;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for VfinfoAttrs<'a> {
        const SET: &'static str = "vfinfo-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::MAC => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Mac(v),
                    None => Self::Other(a),
                },
                Self::VLAN => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Vlan(v),
                    None => Self::Other(a),
                },
                Self::TX_RATE => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::TxRate(v),
                    None => Self::Other(a),
                },
                Self::SPOOFCHK => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Spoofchk(v),
                    None => Self::Other(a),
                },
                Self::LINK_STATE => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::LinkState(v),
                    None => Self::Other(a),
                },
                Self::RATE => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Rate(v),
                    None => Self::Other(a),
                },
                Self::RSS_QUERY_EN => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::RssQueryEn(v),
                    None => Self::Other(a),
                },
                Self::STATS => Self::Stats(nlw::ynl::Nest::Wire(a.value)),
                Self::TRUST => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Trust(v),
                    None => Self::Other(a),
                },
                Self::IB_NODE_GUID => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::IbNodeGuid(v),
                    None => Self::Other(a),
                },
                Self::IB_PORT_GUID => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::IbPortGuid(v),
                    None => Self::Other(a),
                },
                Self::VLAN_LIST => Self::VlanList(nlw::ynl::Nest::Wire(a.value)),
                Self::BROADCAST => Self::Broadcast(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Mac(_) => Self::MAC,
                Self::Vlan(_) => Self::VLAN,
                Self::TxRate(_) => Self::TX_RATE,
                Self::Spoofchk(_) => Self::SPOOFCHK,
                Self::LinkState(_) => Self::LINK_STATE,
                Self::Rate(_) => Self::RATE,
                Self::RssQueryEn(_) => Self::RSS_QUERY_EN,
                Self::Stats(_) => Self::STATS,
                Self::Trust(_) => Self::TRUST,
                Self::IbNodeGuid(_) => Self::IB_NODE_GUID,
                Self::IbPortGuid(_) => Self::IB_PORT_GUID,
                Self::VlanList(_) => Self::VLAN_LIST,
                Self::Broadcast(_) => Self::BROADCAST,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Mac(v) => v.encoded_len(),
                Self::Vlan(v) => v.encoded_len(),
                Self::TxRate(v) => v.encoded_len(),
                Self::Spoofchk(v) => v.encoded_len(),
                Self::LinkState(v) => v.encoded_len(),
                Self::Rate(v) => v.encoded_len(),
                Self::RssQueryEn(v) => v.encoded_len(),
                Self::Stats(v) => v.encoded_len(),
                Self::Trust(v) => v.encoded_len(),
                Self::IbNodeGuid(v) => v.encoded_len(),
                Self::IbPortGuid(v) => v.encoded_len(),
                Self::VlanList(v) => v.encoded_len(),
                Self::Broadcast(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Mac(v) => {
                    const T: u16 = VfinfoAttrs::MAC;
                    v.emit(T, b);
                }
                Self::Vlan(v) => {
                    const T: u16 = VfinfoAttrs::VLAN;
                    v.emit(T, b);
                }
                Self::TxRate(v) => {
                    const T: u16 = VfinfoAttrs::TX_RATE;
                    v.emit(T, b);
                }
                Self::Spoofchk(v) => {
                    const T: u16 = VfinfoAttrs::SPOOFCHK;
                    v.emit(T, b);
                }
                Self::LinkState(v) => {
                    const T: u16 = VfinfoAttrs::LINK_STATE;
                    v.emit(T, b);
                }
                Self::Rate(v) => {
                    const T: u16 = VfinfoAttrs::RATE;
                    v.emit(T, b);
                }
                Self::RssQueryEn(v) => {
                    const T: u16 = VfinfoAttrs::RSS_QUERY_EN;
                    v.emit(T, b);
                }
                Self::Stats(v) => {
                    const T: u16 = VfinfoAttrs::STATS;
                    v.emit(T, b);
                }
                Self::Trust(v) => {
                    const T: u16 = VfinfoAttrs::TRUST;
                    v.emit(T, b);
                }
                Self::IbNodeGuid(v) => {
                    const T: u16 = VfinfoAttrs::IB_NODE_GUID;
                    v.emit(T, b);
                }
                Self::IbPortGuid(v) => {
                    const T: u16 = VfinfoAttrs::IB_PORT_GUID;
                    v.emit(T, b);
                }
                Self::VlanList(v) => {
                    const T: u16 = VfinfoAttrs::VLAN_LIST;
                    v.emit(T, b);
                }
                Self::Broadcast(v) => {
                    const T: u16 = VfinfoAttrs::BROADCAST;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Stats(v) => {
                    const T: u16 = VfinfoAttrs::STATS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::VlanList(v) => {
                    const T: u16 = VfinfoAttrs::VLAN_LIST;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, VfinfoAttrs::MAC | VfinfoAttrs::VLAN | VfinfoAttrs::TX_RATE | VfinfoAttrs::SPOOFCHK | VfinfoAttrs::LINK_STATE | VfinfoAttrs::RATE | VfinfoAttrs::RSS_QUERY_EN | VfinfoAttrs::STATS | VfinfoAttrs::TRUST | VfinfoAttrs::IB_NODE_GUID | VfinfoAttrs::IB_PORT_GUID | VfinfoAttrs::VLAN_LIST | VfinfoAttrs::BROADCAST) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `vf-stats-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum VfStatsAttrs<'a> {
        /// `rx-packets` (type 0, u64).
        RxPackets(u64),
        /// `tx-packets` (type 1, u64).
        TxPackets(u64),
        /// `rx-bytes` (type 2, u64).
        RxBytes(u64),
        /// `tx-bytes` (type 3, u64).
        TxBytes(u64),
        /// `broadcast` (type 4, u64).
        Broadcast(u64),
        /// `multicast` (type 5, u64).
        Multicast(u64),
        /// `pad` (type 6, pad).
        Pad(&'a [u8]),
        /// `rx-dropped` (type 7, u64).
        RxDropped(u64),
        /// `tx-dropped` (type 8, u64).
        TxDropped(u64),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl VfStatsAttrs<'_> {
        /// Type number of `rx-packets`.
        pub const RX_PACKETS: u16 = 0;
        /// Type number of `tx-packets`.
        pub const TX_PACKETS: u16 = 1;
        /// Type number of `rx-bytes`.
        pub const RX_BYTES: u16 = 2;
        /// Type number of `tx-bytes`.
        pub const TX_BYTES: u16 = 3;
        /// Type number of `broadcast`.
        pub const BROADCAST: u16 = 4;
        /// Type number of `multicast`.
        pub const MULTICAST: u16 = 5;
        /// Type number of `pad`.
        pub const PAD: u16 = 6;
        /// Type number of `rx-dropped`.
        pub const RX_DROPPED: u16 = 7;
        /// Type number of `tx-dropped`.
        pub const TX_DROPPED: u16 = 8;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for VfStatsAttrs<'a> {
        const SET: &'static str = "vf-stats-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::RX_PACKETS => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::RxPackets(v),
                    None => Self::Other(a),
                },
                Self::TX_PACKETS => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::TxPackets(v),
                    None => Self::Other(a),
                },
                Self::RX_BYTES => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::RxBytes(v),
                    None => Self::Other(a),
                },
                Self::TX_BYTES => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::TxBytes(v),
                    None => Self::Other(a),
                },
                Self::BROADCAST => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::Broadcast(v),
                    None => Self::Other(a),
                },
                Self::MULTICAST => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::Multicast(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                Self::RX_DROPPED => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::RxDropped(v),
                    None => Self::Other(a),
                },
                Self::TX_DROPPED => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::TxDropped(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::RxPackets(_) => Self::RX_PACKETS,
                Self::TxPackets(_) => Self::TX_PACKETS,
                Self::RxBytes(_) => Self::RX_BYTES,
                Self::TxBytes(_) => Self::TX_BYTES,
                Self::Broadcast(_) => Self::BROADCAST,
                Self::Multicast(_) => Self::MULTICAST,
                Self::Pad(_) => Self::PAD,
                Self::RxDropped(_) => Self::RX_DROPPED,
                Self::TxDropped(_) => Self::TX_DROPPED,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::RxPackets(_) => nlw::attr_len(8),
                Self::TxPackets(_) => nlw::attr_len(8),
                Self::RxBytes(_) => nlw::attr_len(8),
                Self::TxBytes(_) => nlw::attr_len(8),
                Self::Broadcast(_) => nlw::attr_len(8),
                Self::Multicast(_) => nlw::attr_len(8),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::RxDropped(_) => nlw::attr_len(8),
                Self::TxDropped(_) => nlw::attr_len(8),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::RxPackets(v) => {
                    const T: u16 = VfStatsAttrs::RX_PACKETS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxPackets(v) => {
                    const T: u16 = VfStatsAttrs::TX_PACKETS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RxBytes(v) => {
                    const T: u16 = VfStatsAttrs::RX_BYTES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxBytes(v) => {
                    const T: u16 = VfStatsAttrs::TX_BYTES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Broadcast(v) => {
                    const T: u16 = VfStatsAttrs::BROADCAST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Multicast(v) => {
                    const T: u16 = VfStatsAttrs::MULTICAST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pad(v) => {
                    const T: u16 = VfStatsAttrs::PAD;
                    b.attr(T, v);
                }
                Self::RxDropped(v) => {
                    const T: u16 = VfStatsAttrs::RX_DROPPED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TxDropped(v) => {
                    const T: u16 = VfStatsAttrs::TX_DROPPED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, VfStatsAttrs::RX_PACKETS | VfStatsAttrs::TX_PACKETS | VfStatsAttrs::RX_BYTES | VfStatsAttrs::TX_BYTES | VfStatsAttrs::BROADCAST | VfStatsAttrs::MULTICAST | VfStatsAttrs::PAD | VfStatsAttrs::RX_DROPPED | VfStatsAttrs::TX_DROPPED) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `vf-vlan-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum VfVlanAttrs<'a> {
        /// `info` (type 1, binary).
        Info(nlw::ynl::Struct<'a, super::defs::IflaVfVlanInfo>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl VfVlanAttrs<'_> {
        /// Type number of `info`.
        pub const INFO: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for VfVlanAttrs<'a> {
        const SET: &'static str = "vf-vlan-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::INFO => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Info(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Info(_) => Self::INFO,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Info(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Info(v) => {
                    const T: u16 = VfVlanAttrs::INFO;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, VfVlanAttrs::INFO) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `vf-ports-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum VfPortsAttrs<'a> {
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl VfPortsAttrs<'_> {
    }

    impl<'a> nlw::ynl::SetAttr<'a> for VfPortsAttrs<'a> {
        const SET: &'static str = "vf-ports-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if false => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `port-self-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum PortSelfAttrs<'a> {
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl PortSelfAttrs<'_> {
    }

    impl<'a> nlw::ynl::SetAttr<'a> for PortSelfAttrs<'a> {
        const SET: &'static str = "port-self-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if false => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoAttrs<'a> {
        /// `kind` (type 1, string).
        Kind(&'a str),
        /// `data` (type 2, sub-message).
        Data(super::sub::LinkinfoDataMsg<'a>),
        /// `xstats` (type 3, binary).
        Xstats(&'a [u8]),
        /// `slave-kind` (type 4, string).
        SlaveKind(&'a str),
        /// `slave-data` (type 5, sub-message).
        SlaveData(super::sub::LinkinfoMemberDataMsg<'a>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoAttrs<'_> {
        /// Type number of `kind`.
        pub const KIND: u16 = 1;
        /// Type number of `data`.
        pub const DATA: u16 = 2;
        /// Type number of `xstats`.
        pub const XSTATS: u16 = 3;
        /// Type number of `slave-kind`.
        pub const SLAVE_KIND: u16 = 4;
        /// Type number of `slave-data`.
        pub const SLAVE_DATA: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoAttrs<'a> {
        const SET: &'static str = "linkinfo-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::KIND => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::Kind(v),
                    None => Self::Other(a),
                },
                Self::DATA => Self::Data(super::sub::LinkinfoDataMsg::decode_str(nlw::ynl::selector_str(block, 1), a.value)),
                Self::XSTATS => Self::Xstats(a.value),
                Self::SLAVE_KIND => match nlw::ynl::str_of(a.value) {
                    Some(v) => Self::SlaveKind(v),
                    None => Self::Other(a),
                },
                Self::SLAVE_DATA => Self::SlaveData(super::sub::LinkinfoMemberDataMsg::decode_str(nlw::ynl::selector_str(block, 4), a.value)),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Kind(_) => Self::KIND,
                Self::Data(_) => Self::DATA,
                Self::Xstats(_) => Self::XSTATS,
                Self::SlaveKind(_) => Self::SLAVE_KIND,
                Self::SlaveData(_) => Self::SLAVE_DATA,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Kind(v) => nlw::ynl::str_len(v),
                Self::Data(v) => v.encoded_len(),
                Self::Xstats(v) => nlw::attr_len(v.len()),
                Self::SlaveKind(v) => nlw::ynl::str_len(v),
                Self::SlaveData(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Kind(v) => {
                    const T: u16 = LinkinfoAttrs::KIND;
                    b.attr_str(T, v);
                }
                Self::Data(v) => {
                    const T: u16 = LinkinfoAttrs::DATA;
                    v.emit(T, b);
                }
                Self::Xstats(v) => {
                    const T: u16 = LinkinfoAttrs::XSTATS;
                    b.attr(T, v);
                }
                Self::SlaveKind(v) => {
                    const T: u16 = LinkinfoAttrs::SLAVE_KIND;
                    b.attr_str(T, v);
                }
                Self::SlaveData(v) => {
                    const T: u16 = LinkinfoAttrs::SLAVE_DATA;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Data(v) => {
                    v.untyped(out);
                }
                Self::SlaveData(v) => {
                    v.untyped(out);
                }
                Self::Other(a) if matches!(a.ty, LinkinfoAttrs::KIND | LinkinfoAttrs::DATA | LinkinfoAttrs::XSTATS | LinkinfoAttrs::SLAVE_KIND | LinkinfoAttrs::SLAVE_DATA) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-bond-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoBondAttrs<'a> {
        /// `mode` (type 1, u8).
        Mode(u8),
        /// `active-slave` (type 2, u32).
        ActiveSlave(u32),
        /// `miimon` (type 3, u32).
        Miimon(u32),
        /// `updelay` (type 4, u32).
        Updelay(u32),
        /// `downdelay` (type 5, u32).
        Downdelay(u32),
        /// `use-carrier` (type 6, u8).
        UseCarrier(u8),
        /// `arp-interval` (type 7, u32).
        ArpInterval(u32),
        /// `arp-ip-target` (type 8, indexed-array).
        ArpIpTarget(nlw::ynl::Indexed<'a, u32>),
        /// `arp-validate` (type 9, u32).
        ArpValidate(u32),
        /// `arp-all-targets` (type 10, u32).
        ArpAllTargets(u32),
        /// `primary` (type 11, u32).
        Primary(u32),
        /// `primary-reselect` (type 12, u8).
        PrimaryReselect(u8),
        /// `fail-over-mac` (type 13, u8).
        FailOverMac(u8),
        /// `xmit-hash-policy` (type 14, u8).
        XmitHashPolicy(u8),
        /// `resend-igmp` (type 15, u32).
        ResendIgmp(u32),
        /// `num-peer-notif` (type 16, u8).
        NumPeerNotif(u8),
        /// `all-slaves-active` (type 17, u8).
        AllSlavesActive(u8),
        /// `min-links` (type 18, u32).
        MinLinks(u32),
        /// `lp-interval` (type 19, u32).
        LpInterval(u32),
        /// `packets-per-slave` (type 20, u32).
        PacketsPerSlave(u32),
        /// `ad-lacp-rate` (type 21, u8).
        AdLacpRate(u8),
        /// `ad-select` (type 22, u8).
        AdSelect(u8),
        /// `ad-info` (type 23, nest).
        AdInfo(nlw::ynl::Nest<'a, BondAdInfoAttrs<'a>>),
        /// `ad-actor-sys-prio` (type 24, u16).
        AdActorSysPrio(u16),
        /// `ad-user-port-key` (type 25, u16).
        AdUserPortKey(u16),
        /// `ad-actor-system` (type 26, binary).
        AdActorSystem(&'a [u8]),
        /// `tlb-dynamic-lb` (type 27, u8).
        TlbDynamicLb(u8),
        /// `peer-notif-delay` (type 28, u32).
        PeerNotifDelay(u32),
        /// `ad-lacp-active` (type 29, u8).
        AdLacpActive(u8),
        /// `missed-max` (type 30, u8).
        MissedMax(u8),
        /// `ns-ip6-target` (type 31, indexed-array).
        NsIp6Target(nlw::ynl::Indexed<'a, &'a [u8]>),
        /// `coupled-control` (type 32, u8).
        CoupledControl(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoBondAttrs<'_> {
        /// Type number of `mode`.
        pub const MODE: u16 = 1;
        /// Type number of `active-slave`.
        pub const ACTIVE_SLAVE: u16 = 2;
        /// Type number of `miimon`.
        pub const MIIMON: u16 = 3;
        /// Type number of `updelay`.
        pub const UPDELAY: u16 = 4;
        /// Type number of `downdelay`.
        pub const DOWNDELAY: u16 = 5;
        /// Type number of `use-carrier`.
        pub const USE_CARRIER: u16 = 6;
        /// Type number of `arp-interval`.
        pub const ARP_INTERVAL: u16 = 7;
        /// Type number of `arp-ip-target`.
        pub const ARP_IP_TARGET: u16 = 8;
        /// Type number of `arp-validate`.
        pub const ARP_VALIDATE: u16 = 9;
        /// Type number of `arp-all-targets`.
        pub const ARP_ALL_TARGETS: u16 = 10;
        /// Type number of `primary`.
        pub const PRIMARY: u16 = 11;
        /// Type number of `primary-reselect`.
        pub const PRIMARY_RESELECT: u16 = 12;
        /// Type number of `fail-over-mac`.
        pub const FAIL_OVER_MAC: u16 = 13;
        /// Type number of `xmit-hash-policy`.
        pub const XMIT_HASH_POLICY: u16 = 14;
        /// Type number of `resend-igmp`.
        pub const RESEND_IGMP: u16 = 15;
        /// Type number of `num-peer-notif`.
        pub const NUM_PEER_NOTIF: u16 = 16;
        /// Type number of `all-slaves-active`.
        pub const ALL_SLAVES_ACTIVE: u16 = 17;
        /// Type number of `min-links`.
        pub const MIN_LINKS: u16 = 18;
        /// Type number of `lp-interval`.
        pub const LP_INTERVAL: u16 = 19;
        /// Type number of `packets-per-slave`.
        pub const PACKETS_PER_SLAVE: u16 = 20;
        /// Type number of `ad-lacp-rate`.
        pub const AD_LACP_RATE: u16 = 21;
        /// Type number of `ad-select`.
        pub const AD_SELECT: u16 = 22;
        /// Type number of `ad-info`.
        pub const AD_INFO: u16 = 23;
        /// Type number of `ad-actor-sys-prio`.
        pub const AD_ACTOR_SYS_PRIO: u16 = 24;
        /// Type number of `ad-user-port-key`.
        pub const AD_USER_PORT_KEY: u16 = 25;
        /// Type number of `ad-actor-system`.
        pub const AD_ACTOR_SYSTEM: u16 = 26;
        /// Type number of `tlb-dynamic-lb`.
        pub const TLB_DYNAMIC_LB: u16 = 27;
        /// Type number of `peer-notif-delay`.
        pub const PEER_NOTIF_DELAY: u16 = 28;
        /// Type number of `ad-lacp-active`.
        pub const AD_LACP_ACTIVE: u16 = 29;
        /// Type number of `missed-max`.
        pub const MISSED_MAX: u16 = 30;
        /// Type number of `ns-ip6-target`.
        pub const NS_IP6_TARGET: u16 = 31;
        /// Type number of `coupled-control`.
        pub const COUPLED_CONTROL: u16 = 32;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoBondAttrs<'a> {
        const SET: &'static str = "linkinfo-bond-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::MODE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Mode(v),
                    None => Self::Other(a),
                },
                Self::ACTIVE_SLAVE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ActiveSlave(v),
                    None => Self::Other(a),
                },
                Self::MIIMON => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Miimon(v),
                    None => Self::Other(a),
                },
                Self::UPDELAY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Updelay(v),
                    None => Self::Other(a),
                },
                Self::DOWNDELAY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Downdelay(v),
                    None => Self::Other(a),
                },
                Self::USE_CARRIER => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UseCarrier(v),
                    None => Self::Other(a),
                },
                Self::ARP_INTERVAL => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ArpInterval(v),
                    None => Self::Other(a),
                },
                Self::ARP_IP_TARGET => Self::ArpIpTarget(nlw::ynl::Indexed::Wire(a.value)),
                Self::ARP_VALIDATE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ArpValidate(v),
                    None => Self::Other(a),
                },
                Self::ARP_ALL_TARGETS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ArpAllTargets(v),
                    None => Self::Other(a),
                },
                Self::PRIMARY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Primary(v),
                    None => Self::Other(a),
                },
                Self::PRIMARY_RESELECT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::PrimaryReselect(v),
                    None => Self::Other(a),
                },
                Self::FAIL_OVER_MAC => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::FailOverMac(v),
                    None => Self::Other(a),
                },
                Self::XMIT_HASH_POLICY => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::XmitHashPolicy(v),
                    None => Self::Other(a),
                },
                Self::RESEND_IGMP => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ResendIgmp(v),
                    None => Self::Other(a),
                },
                Self::NUM_PEER_NOTIF => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::NumPeerNotif(v),
                    None => Self::Other(a),
                },
                Self::ALL_SLAVES_ACTIVE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::AllSlavesActive(v),
                    None => Self::Other(a),
                },
                Self::MIN_LINKS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::MinLinks(v),
                    None => Self::Other(a),
                },
                Self::LP_INTERVAL => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::LpInterval(v),
                    None => Self::Other(a),
                },
                Self::PACKETS_PER_SLAVE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PacketsPerSlave(v),
                    None => Self::Other(a),
                },
                Self::AD_LACP_RATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::AdLacpRate(v),
                    None => Self::Other(a),
                },
                Self::AD_SELECT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::AdSelect(v),
                    None => Self::Other(a),
                },
                Self::AD_INFO => Self::AdInfo(nlw::ynl::Nest::Wire(a.value)),
                Self::AD_ACTOR_SYS_PRIO => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::AdActorSysPrio(v),
                    None => Self::Other(a),
                },
                Self::AD_USER_PORT_KEY => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::AdUserPortKey(v),
                    None => Self::Other(a),
                },
                Self::AD_ACTOR_SYSTEM => Self::AdActorSystem(a.value),
                Self::TLB_DYNAMIC_LB => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TlbDynamicLb(v),
                    None => Self::Other(a),
                },
                Self::PEER_NOTIF_DELAY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::PeerNotifDelay(v),
                    None => Self::Other(a),
                },
                Self::AD_LACP_ACTIVE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::AdLacpActive(v),
                    None => Self::Other(a),
                },
                Self::MISSED_MAX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MissedMax(v),
                    None => Self::Other(a),
                },
                Self::NS_IP6_TARGET => Self::NsIp6Target(nlw::ynl::Indexed::Wire(a.value)),
                Self::COUPLED_CONTROL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::CoupledControl(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Mode(_) => Self::MODE,
                Self::ActiveSlave(_) => Self::ACTIVE_SLAVE,
                Self::Miimon(_) => Self::MIIMON,
                Self::Updelay(_) => Self::UPDELAY,
                Self::Downdelay(_) => Self::DOWNDELAY,
                Self::UseCarrier(_) => Self::USE_CARRIER,
                Self::ArpInterval(_) => Self::ARP_INTERVAL,
                Self::ArpIpTarget(_) => Self::ARP_IP_TARGET,
                Self::ArpValidate(_) => Self::ARP_VALIDATE,
                Self::ArpAllTargets(_) => Self::ARP_ALL_TARGETS,
                Self::Primary(_) => Self::PRIMARY,
                Self::PrimaryReselect(_) => Self::PRIMARY_RESELECT,
                Self::FailOverMac(_) => Self::FAIL_OVER_MAC,
                Self::XmitHashPolicy(_) => Self::XMIT_HASH_POLICY,
                Self::ResendIgmp(_) => Self::RESEND_IGMP,
                Self::NumPeerNotif(_) => Self::NUM_PEER_NOTIF,
                Self::AllSlavesActive(_) => Self::ALL_SLAVES_ACTIVE,
                Self::MinLinks(_) => Self::MIN_LINKS,
                Self::LpInterval(_) => Self::LP_INTERVAL,
                Self::PacketsPerSlave(_) => Self::PACKETS_PER_SLAVE,
                Self::AdLacpRate(_) => Self::AD_LACP_RATE,
                Self::AdSelect(_) => Self::AD_SELECT,
                Self::AdInfo(_) => Self::AD_INFO,
                Self::AdActorSysPrio(_) => Self::AD_ACTOR_SYS_PRIO,
                Self::AdUserPortKey(_) => Self::AD_USER_PORT_KEY,
                Self::AdActorSystem(_) => Self::AD_ACTOR_SYSTEM,
                Self::TlbDynamicLb(_) => Self::TLB_DYNAMIC_LB,
                Self::PeerNotifDelay(_) => Self::PEER_NOTIF_DELAY,
                Self::AdLacpActive(_) => Self::AD_LACP_ACTIVE,
                Self::MissedMax(_) => Self::MISSED_MAX,
                Self::NsIp6Target(_) => Self::NS_IP6_TARGET,
                Self::CoupledControl(_) => Self::COUPLED_CONTROL,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Mode(_) => nlw::attr_len(1),
                Self::ActiveSlave(_) => nlw::attr_len(4),
                Self::Miimon(_) => nlw::attr_len(4),
                Self::Updelay(_) => nlw::attr_len(4),
                Self::Downdelay(_) => nlw::attr_len(4),
                Self::UseCarrier(_) => nlw::attr_len(1),
                Self::ArpInterval(_) => nlw::attr_len(4),
                Self::ArpIpTarget(v) => v.encoded_len(),
                Self::ArpValidate(_) => nlw::attr_len(4),
                Self::ArpAllTargets(_) => nlw::attr_len(4),
                Self::Primary(_) => nlw::attr_len(4),
                Self::PrimaryReselect(_) => nlw::attr_len(1),
                Self::FailOverMac(_) => nlw::attr_len(1),
                Self::XmitHashPolicy(_) => nlw::attr_len(1),
                Self::ResendIgmp(_) => nlw::attr_len(4),
                Self::NumPeerNotif(_) => nlw::attr_len(1),
                Self::AllSlavesActive(_) => nlw::attr_len(1),
                Self::MinLinks(_) => nlw::attr_len(4),
                Self::LpInterval(_) => nlw::attr_len(4),
                Self::PacketsPerSlave(_) => nlw::attr_len(4),
                Self::AdLacpRate(_) => nlw::attr_len(1),
                Self::AdSelect(_) => nlw::attr_len(1),
                Self::AdInfo(v) => v.encoded_len(),
                Self::AdActorSysPrio(_) => nlw::attr_len(2),
                Self::AdUserPortKey(_) => nlw::attr_len(2),
                Self::AdActorSystem(v) => nlw::attr_len(v.len()),
                Self::TlbDynamicLb(_) => nlw::attr_len(1),
                Self::PeerNotifDelay(_) => nlw::attr_len(4),
                Self::AdLacpActive(_) => nlw::attr_len(1),
                Self::MissedMax(_) => nlw::attr_len(1),
                Self::NsIp6Target(v) => v.encoded_len(),
                Self::CoupledControl(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Mode(v) => {
                    const T: u16 = LinkinfoBondAttrs::MODE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ActiveSlave(v) => {
                    const T: u16 = LinkinfoBondAttrs::ACTIVE_SLAVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Miimon(v) => {
                    const T: u16 = LinkinfoBondAttrs::MIIMON;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Updelay(v) => {
                    const T: u16 = LinkinfoBondAttrs::UPDELAY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Downdelay(v) => {
                    const T: u16 = LinkinfoBondAttrs::DOWNDELAY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UseCarrier(v) => {
                    const T: u16 = LinkinfoBondAttrs::USE_CARRIER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ArpInterval(v) => {
                    const T: u16 = LinkinfoBondAttrs::ARP_INTERVAL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ArpIpTarget(v) => {
                    const T: u16 = LinkinfoBondAttrs::ARP_IP_TARGET;
                    v.emit(T, b);
                }
                Self::ArpValidate(v) => {
                    const T: u16 = LinkinfoBondAttrs::ARP_VALIDATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ArpAllTargets(v) => {
                    const T: u16 = LinkinfoBondAttrs::ARP_ALL_TARGETS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Primary(v) => {
                    const T: u16 = LinkinfoBondAttrs::PRIMARY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PrimaryReselect(v) => {
                    const T: u16 = LinkinfoBondAttrs::PRIMARY_RESELECT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::FailOverMac(v) => {
                    const T: u16 = LinkinfoBondAttrs::FAIL_OVER_MAC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::XmitHashPolicy(v) => {
                    const T: u16 = LinkinfoBondAttrs::XMIT_HASH_POLICY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ResendIgmp(v) => {
                    const T: u16 = LinkinfoBondAttrs::RESEND_IGMP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NumPeerNotif(v) => {
                    const T: u16 = LinkinfoBondAttrs::NUM_PEER_NOTIF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AllSlavesActive(v) => {
                    const T: u16 = LinkinfoBondAttrs::ALL_SLAVES_ACTIVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MinLinks(v) => {
                    const T: u16 = LinkinfoBondAttrs::MIN_LINKS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::LpInterval(v) => {
                    const T: u16 = LinkinfoBondAttrs::LP_INTERVAL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PacketsPerSlave(v) => {
                    const T: u16 = LinkinfoBondAttrs::PACKETS_PER_SLAVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdLacpRate(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_LACP_RATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdSelect(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_SELECT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdInfo(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_INFO;
                    v.emit(T, b);
                }
                Self::AdActorSysPrio(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_ACTOR_SYS_PRIO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdUserPortKey(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_USER_PORT_KEY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdActorSystem(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_ACTOR_SYSTEM;
                    b.attr(T, v);
                }
                Self::TlbDynamicLb(v) => {
                    const T: u16 = LinkinfoBondAttrs::TLB_DYNAMIC_LB;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PeerNotifDelay(v) => {
                    const T: u16 = LinkinfoBondAttrs::PEER_NOTIF_DELAY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdLacpActive(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_LACP_ACTIVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MissedMax(v) => {
                    const T: u16 = LinkinfoBondAttrs::MISSED_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NsIp6Target(v) => {
                    const T: u16 = LinkinfoBondAttrs::NS_IP6_TARGET;
                    v.emit(T, b);
                }
                Self::CoupledControl(v) => {
                    const T: u16 = LinkinfoBondAttrs::COUPLED_CONTROL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::ArpIpTarget(v) => {
                    const T: u16 = LinkinfoBondAttrs::ARP_IP_TARGET;
                    for e in v.entries() {
                        if !matches!(e, Ok(nlw::ynl::Entry { value: Some(_), .. })) {
                            out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T));
                        }
                    }
                }
                Self::AdInfo(v) => {
                    const T: u16 = LinkinfoBondAttrs::AD_INFO;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::NsIp6Target(v) => {
                    const T: u16 = LinkinfoBondAttrs::NS_IP6_TARGET;
                    for e in v.entries() {
                        if !matches!(e, Ok(nlw::ynl::Entry { value: Some(_), .. })) {
                            out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T));
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, LinkinfoBondAttrs::MODE | LinkinfoBondAttrs::ACTIVE_SLAVE | LinkinfoBondAttrs::MIIMON | LinkinfoBondAttrs::UPDELAY | LinkinfoBondAttrs::DOWNDELAY | LinkinfoBondAttrs::USE_CARRIER | LinkinfoBondAttrs::ARP_INTERVAL | LinkinfoBondAttrs::ARP_IP_TARGET | LinkinfoBondAttrs::ARP_VALIDATE | LinkinfoBondAttrs::ARP_ALL_TARGETS | LinkinfoBondAttrs::PRIMARY | LinkinfoBondAttrs::PRIMARY_RESELECT | LinkinfoBondAttrs::FAIL_OVER_MAC | LinkinfoBondAttrs::XMIT_HASH_POLICY | LinkinfoBondAttrs::RESEND_IGMP | LinkinfoBondAttrs::NUM_PEER_NOTIF | LinkinfoBondAttrs::ALL_SLAVES_ACTIVE | LinkinfoBondAttrs::MIN_LINKS | LinkinfoBondAttrs::LP_INTERVAL | LinkinfoBondAttrs::PACKETS_PER_SLAVE | LinkinfoBondAttrs::AD_LACP_RATE | LinkinfoBondAttrs::AD_SELECT | LinkinfoBondAttrs::AD_INFO | LinkinfoBondAttrs::AD_ACTOR_SYS_PRIO | LinkinfoBondAttrs::AD_USER_PORT_KEY | LinkinfoBondAttrs::AD_ACTOR_SYSTEM | LinkinfoBondAttrs::TLB_DYNAMIC_LB | LinkinfoBondAttrs::PEER_NOTIF_DELAY | LinkinfoBondAttrs::AD_LACP_ACTIVE | LinkinfoBondAttrs::MISSED_MAX | LinkinfoBondAttrs::NS_IP6_TARGET | LinkinfoBondAttrs::COUPLED_CONTROL) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `bond-ad-info-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum BondAdInfoAttrs<'a> {
        /// `aggregator` (type 1, u16).
        Aggregator(u16),
        /// `num-ports` (type 2, u16).
        NumPorts(u16),
        /// `actor-key` (type 3, u16).
        ActorKey(u16),
        /// `partner-key` (type 4, u16).
        PartnerKey(u16),
        /// `partner-mac` (type 5, binary).
        PartnerMac(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl BondAdInfoAttrs<'_> {
        /// Type number of `aggregator`.
        pub const AGGREGATOR: u16 = 1;
        /// Type number of `num-ports`.
        pub const NUM_PORTS: u16 = 2;
        /// Type number of `actor-key`.
        pub const ACTOR_KEY: u16 = 3;
        /// Type number of `partner-key`.
        pub const PARTNER_KEY: u16 = 4;
        /// Type number of `partner-mac`.
        pub const PARTNER_MAC: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for BondAdInfoAttrs<'a> {
        const SET: &'static str = "bond-ad-info-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::AGGREGATOR => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Aggregator(v),
                    None => Self::Other(a),
                },
                Self::NUM_PORTS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::NumPorts(v),
                    None => Self::Other(a),
                },
                Self::ACTOR_KEY => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::ActorKey(v),
                    None => Self::Other(a),
                },
                Self::PARTNER_KEY => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::PartnerKey(v),
                    None => Self::Other(a),
                },
                Self::PARTNER_MAC => Self::PartnerMac(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Aggregator(_) => Self::AGGREGATOR,
                Self::NumPorts(_) => Self::NUM_PORTS,
                Self::ActorKey(_) => Self::ACTOR_KEY,
                Self::PartnerKey(_) => Self::PARTNER_KEY,
                Self::PartnerMac(_) => Self::PARTNER_MAC,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Aggregator(_) => nlw::attr_len(2),
                Self::NumPorts(_) => nlw::attr_len(2),
                Self::ActorKey(_) => nlw::attr_len(2),
                Self::PartnerKey(_) => nlw::attr_len(2),
                Self::PartnerMac(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Aggregator(v) => {
                    const T: u16 = BondAdInfoAttrs::AGGREGATOR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NumPorts(v) => {
                    const T: u16 = BondAdInfoAttrs::NUM_PORTS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ActorKey(v) => {
                    const T: u16 = BondAdInfoAttrs::ACTOR_KEY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PartnerKey(v) => {
                    const T: u16 = BondAdInfoAttrs::PARTNER_KEY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PartnerMac(v) => {
                    const T: u16 = BondAdInfoAttrs::PARTNER_MAC;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, BondAdInfoAttrs::AGGREGATOR | BondAdInfoAttrs::NUM_PORTS | BondAdInfoAttrs::ACTOR_KEY | BondAdInfoAttrs::PARTNER_KEY | BondAdInfoAttrs::PARTNER_MAC) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `bond-slave-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum BondSlaveAttrs<'a> {
        /// `state` (type 1, u8).
        State(u8),
        /// `mii-status` (type 2, u8).
        MiiStatus(u8),
        /// `link-failure-count` (type 3, u32).
        LinkFailureCount(u32),
        /// `perm-hwaddr` (type 4, binary).
        PermHwaddr(&'a [u8]),
        /// `queue-id` (type 5, u16).
        QueueId(u16),
        /// `ad-aggregator-id` (type 6, u16).
        AdAggregatorId(u16),
        /// `ad-actor-oper-port-state` (type 7, u8).
        AdActorOperPortState(u8),
        /// `ad-partner-oper-port-state` (type 8, u16).
        AdPartnerOperPortState(u16),
        /// `prio` (type 9, u32).
        Prio(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl BondSlaveAttrs<'_> {
        /// Type number of `state`.
        pub const STATE: u16 = 1;
        /// Type number of `mii-status`.
        pub const MII_STATUS: u16 = 2;
        /// Type number of `link-failure-count`.
        pub const LINK_FAILURE_COUNT: u16 = 3;
        /// Type number of `perm-hwaddr`.
        pub const PERM_HWADDR: u16 = 4;
        /// Type number of `queue-id`.
        pub const QUEUE_ID: u16 = 5;
        /// Type number of `ad-aggregator-id`.
        pub const AD_AGGREGATOR_ID: u16 = 6;
        /// Type number of `ad-actor-oper-port-state`.
        pub const AD_ACTOR_OPER_PORT_STATE: u16 = 7;
        /// Type number of `ad-partner-oper-port-state`.
        pub const AD_PARTNER_OPER_PORT_STATE: u16 = 8;
        /// Type number of `prio`.
        pub const PRIO: u16 = 9;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for BondSlaveAttrs<'a> {
        const SET: &'static str = "bond-slave-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::STATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::State(v),
                    None => Self::Other(a),
                },
                Self::MII_STATUS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MiiStatus(v),
                    None => Self::Other(a),
                },
                Self::LINK_FAILURE_COUNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::LinkFailureCount(v),
                    None => Self::Other(a),
                },
                Self::PERM_HWADDR => Self::PermHwaddr(a.value),
                Self::QUEUE_ID => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::QueueId(v),
                    None => Self::Other(a),
                },
                Self::AD_AGGREGATOR_ID => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::AdAggregatorId(v),
                    None => Self::Other(a),
                },
                Self::AD_ACTOR_OPER_PORT_STATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::AdActorOperPortState(v),
                    None => Self::Other(a),
                },
                Self::AD_PARTNER_OPER_PORT_STATE => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::AdPartnerOperPortState(v),
                    None => Self::Other(a),
                },
                Self::PRIO => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Prio(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::State(_) => Self::STATE,
                Self::MiiStatus(_) => Self::MII_STATUS,
                Self::LinkFailureCount(_) => Self::LINK_FAILURE_COUNT,
                Self::PermHwaddr(_) => Self::PERM_HWADDR,
                Self::QueueId(_) => Self::QUEUE_ID,
                Self::AdAggregatorId(_) => Self::AD_AGGREGATOR_ID,
                Self::AdActorOperPortState(_) => Self::AD_ACTOR_OPER_PORT_STATE,
                Self::AdPartnerOperPortState(_) => Self::AD_PARTNER_OPER_PORT_STATE,
                Self::Prio(_) => Self::PRIO,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::State(_) => nlw::attr_len(1),
                Self::MiiStatus(_) => nlw::attr_len(1),
                Self::LinkFailureCount(_) => nlw::attr_len(4),
                Self::PermHwaddr(v) => nlw::attr_len(v.len()),
                Self::QueueId(_) => nlw::attr_len(2),
                Self::AdAggregatorId(_) => nlw::attr_len(2),
                Self::AdActorOperPortState(_) => nlw::attr_len(1),
                Self::AdPartnerOperPortState(_) => nlw::attr_len(2),
                Self::Prio(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::State(v) => {
                    const T: u16 = BondSlaveAttrs::STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MiiStatus(v) => {
                    const T: u16 = BondSlaveAttrs::MII_STATUS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::LinkFailureCount(v) => {
                    const T: u16 = BondSlaveAttrs::LINK_FAILURE_COUNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::PermHwaddr(v) => {
                    const T: u16 = BondSlaveAttrs::PERM_HWADDR;
                    b.attr(T, v);
                }
                Self::QueueId(v) => {
                    const T: u16 = BondSlaveAttrs::QUEUE_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdAggregatorId(v) => {
                    const T: u16 = BondSlaveAttrs::AD_AGGREGATOR_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdActorOperPortState(v) => {
                    const T: u16 = BondSlaveAttrs::AD_ACTOR_OPER_PORT_STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AdPartnerOperPortState(v) => {
                    const T: u16 = BondSlaveAttrs::AD_PARTNER_OPER_PORT_STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Prio(v) => {
                    const T: u16 = BondSlaveAttrs::PRIO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, BondSlaveAttrs::STATE | BondSlaveAttrs::MII_STATUS | BondSlaveAttrs::LINK_FAILURE_COUNT | BondSlaveAttrs::PERM_HWADDR | BondSlaveAttrs::QUEUE_ID | BondSlaveAttrs::AD_AGGREGATOR_ID | BondSlaveAttrs::AD_ACTOR_OPER_PORT_STATE | BondSlaveAttrs::AD_PARTNER_OPER_PORT_STATE | BondSlaveAttrs::PRIO) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-bridge-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoBridgeAttrs<'a> {
        /// `forward-delay` (type 1, u32).
        ForwardDelay(u32),
        /// `hello-time` (type 2, u32).
        HelloTime(u32),
        /// `max-age` (type 3, u32).
        MaxAge(u32),
        /// `ageing-time` (type 4, u32).
        AgeingTime(u32),
        /// `stp-state` (type 5, u32).
        StpState(u32),
        /// `priority` (type 6, u16).
        Priority(u16),
        /// `vlan-filtering` (type 7, u8).
        VlanFiltering(u8),
        /// `vlan-protocol` (type 8, u16).
        VlanProtocol(u16),
        /// `group-fwd-mask` (type 9, u16).
        GroupFwdMask(u16),
        /// `root-id` (type 10, binary).
        RootId(nlw::ynl::Struct<'a, super::defs::IflaBridgeId>),
        /// `bridge-id` (type 11, binary).
        BridgeId(nlw::ynl::Struct<'a, super::defs::IflaBridgeId>),
        /// `root-port` (type 12, u16).
        RootPort(u16),
        /// `root-path-cost` (type 13, u32).
        RootPathCost(u32),
        /// `topology-change` (type 14, u8).
        TopologyChange(u8),
        /// `topology-change-detected` (type 15, u8).
        TopologyChangeDetected(u8),
        /// `hello-timer` (type 16, u64).
        HelloTimer(u64),
        /// `tcn-timer` (type 17, u64).
        TcnTimer(u64),
        /// `topology-change-timer` (type 18, u64).
        TopologyChangeTimer(u64),
        /// `gc-timer` (type 19, u64).
        GcTimer(u64),
        /// `group-addr` (type 20, binary).
        GroupAddr(&'a [u8]),
        /// `fdb-flush` (type 21, binary).
        FdbFlush(&'a [u8]),
        /// `mcast-router` (type 22, u8).
        McastRouter(u8),
        /// `mcast-snooping` (type 23, u8).
        McastSnooping(u8),
        /// `mcast-query-use-ifaddr` (type 24, u8).
        McastQueryUseIfaddr(u8),
        /// `mcast-querier` (type 25, u8).
        McastQuerier(u8),
        /// `mcast-hash-elasticity` (type 26, u32).
        McastHashElasticity(u32),
        /// `mcast-hash-max` (type 27, u32).
        McastHashMax(u32),
        /// `mcast-last-member-cnt` (type 28, u32).
        McastLastMemberCnt(u32),
        /// `mcast-startup-query-cnt` (type 29, u32).
        McastStartupQueryCnt(u32),
        /// `mcast-last-member-intvl` (type 30, u64).
        McastLastMemberIntvl(u64),
        /// `mcast-membership-intvl` (type 31, u64).
        McastMembershipIntvl(u64),
        /// `mcast-querier-intvl` (type 32, u64).
        McastQuerierIntvl(u64),
        /// `mcast-query-intvl` (type 33, u64).
        McastQueryIntvl(u64),
        /// `mcast-query-response-intvl` (type 34, u64).
        McastQueryResponseIntvl(u64),
        /// `mcast-startup-query-intvl` (type 35, u64).
        McastStartupQueryIntvl(u64),
        /// `nf-call-iptables` (type 36, u8).
        NfCallIptables(u8),
        /// `nf-call-ip6-tables` (type 37, u8).
        NfCallIp6Tables(u8),
        /// `nf-call-arptables` (type 38, u8).
        NfCallArptables(u8),
        /// `vlan-default-pvid` (type 39, u16).
        VlanDefaultPvid(u16),
        /// `pad` (type 40, pad).
        Pad(&'a [u8]),
        /// `vlan-stats-enabled` (type 41, u8).
        VlanStatsEnabled(u8),
        /// `mcast-stats-enabled` (type 42, u8).
        McastStatsEnabled(u8),
        /// `mcast-igmp-version` (type 43, u8).
        McastIgmpVersion(u8),
        /// `mcast-mld-version` (type 44, u8).
        McastMldVersion(u8),
        /// `vlan-stats-per-port` (type 45, u8).
        VlanStatsPerPort(u8),
        /// `multi-boolopt` (type 46, binary).
        MultiBoolopt(nlw::ynl::Struct<'a, super::defs::BrBooloptMulti>),
        /// `mcast-querier-state` (type 47, binary).
        McastQuerierState(&'a [u8]),
        /// `fdb-n-learned` (type 48, u32).
        FdbNLearned(u32),
        /// `fdb-max-learned` (type 49, u32).
        FdbMaxLearned(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoBridgeAttrs<'_> {
        /// Type number of `forward-delay`.
        pub const FORWARD_DELAY: u16 = 1;
        /// Type number of `hello-time`.
        pub const HELLO_TIME: u16 = 2;
        /// Type number of `max-age`.
        pub const MAX_AGE: u16 = 3;
        /// Type number of `ageing-time`.
        pub const AGEING_TIME: u16 = 4;
        /// Type number of `stp-state`.
        pub const STP_STATE: u16 = 5;
        /// Type number of `priority`.
        pub const PRIORITY: u16 = 6;
        /// Type number of `vlan-filtering`.
        pub const VLAN_FILTERING: u16 = 7;
        /// Type number of `vlan-protocol`.
        pub const VLAN_PROTOCOL: u16 = 8;
        /// Type number of `group-fwd-mask`.
        pub const GROUP_FWD_MASK: u16 = 9;
        /// Type number of `root-id`.
        pub const ROOT_ID: u16 = 10;
        /// Type number of `bridge-id`.
        pub const BRIDGE_ID: u16 = 11;
        /// Type number of `root-port`.
        pub const ROOT_PORT: u16 = 12;
        /// Type number of `root-path-cost`.
        pub const ROOT_PATH_COST: u16 = 13;
        /// Type number of `topology-change`.
        pub const TOPOLOGY_CHANGE: u16 = 14;
        /// Type number of `topology-change-detected`.
        pub const TOPOLOGY_CHANGE_DETECTED: u16 = 15;
        /// Type number of `hello-timer`.
        pub const HELLO_TIMER: u16 = 16;
        /// Type number of `tcn-timer`.
        pub const TCN_TIMER: u16 = 17;
        /// Type number of `topology-change-timer`.
        pub const TOPOLOGY_CHANGE_TIMER: u16 = 18;
        /// Type number of `gc-timer`.
        pub const GC_TIMER: u16 = 19;
        /// Type number of `group-addr`.
        pub const GROUP_ADDR: u16 = 20;
        /// Type number of `fdb-flush`.
        pub const FDB_FLUSH: u16 = 21;
        /// Type number of `mcast-router`.
        pub const MCAST_ROUTER: u16 = 22;
        /// Type number of `mcast-snooping`.
        pub const MCAST_SNOOPING: u16 = 23;
        /// Type number of `mcast-query-use-ifaddr`.
        pub const MCAST_QUERY_USE_IFADDR: u16 = 24;
        /// Type number of `mcast-querier`.
        pub const MCAST_QUERIER: u16 = 25;
        /// Type number of `mcast-hash-elasticity`.
        pub const MCAST_HASH_ELASTICITY: u16 = 26;
        /// Type number of `mcast-hash-max`.
        pub const MCAST_HASH_MAX: u16 = 27;
        /// Type number of `mcast-last-member-cnt`.
        pub const MCAST_LAST_MEMBER_CNT: u16 = 28;
        /// Type number of `mcast-startup-query-cnt`.
        pub const MCAST_STARTUP_QUERY_CNT: u16 = 29;
        /// Type number of `mcast-last-member-intvl`.
        pub const MCAST_LAST_MEMBER_INTVL: u16 = 30;
        /// Type number of `mcast-membership-intvl`.
        pub const MCAST_MEMBERSHIP_INTVL: u16 = 31;
        /// Type number of `mcast-querier-intvl`.
        pub const MCAST_QUERIER_INTVL: u16 = 32;
        /// Type number of `mcast-query-intvl`.
        pub const MCAST_QUERY_INTVL: u16 = 33;
        /// Type number of `mcast-query-response-intvl`.
        pub const MCAST_QUERY_RESPONSE_INTVL: u16 = 34;
        /// Type number of `mcast-startup-query-intvl`.
        pub const MCAST_STARTUP_QUERY_INTVL: u16 = 35;
        /// Type number of `nf-call-iptables`.
        pub const NF_CALL_IPTABLES: u16 = 36;
        /// Type number of `nf-call-ip6-tables`.
        pub const NF_CALL_IP6_TABLES: u16 = 37;
        /// Type number of `nf-call-arptables`.
        pub const NF_CALL_ARPTABLES: u16 = 38;
        /// Type number of `vlan-default-pvid`.
        pub const VLAN_DEFAULT_PVID: u16 = 39;
        /// Type number of `pad`.
        pub const PAD: u16 = 40;
        /// Type number of `vlan-stats-enabled`.
        pub const VLAN_STATS_ENABLED: u16 = 41;
        /// Type number of `mcast-stats-enabled`.
        pub const MCAST_STATS_ENABLED: u16 = 42;
        /// Type number of `mcast-igmp-version`.
        pub const MCAST_IGMP_VERSION: u16 = 43;
        /// Type number of `mcast-mld-version`.
        pub const MCAST_MLD_VERSION: u16 = 44;
        /// Type number of `vlan-stats-per-port`.
        pub const VLAN_STATS_PER_PORT: u16 = 45;
        /// Type number of `multi-boolopt`.
        pub const MULTI_BOOLOPT: u16 = 46;
        /// Type number of `mcast-querier-state`.
        pub const MCAST_QUERIER_STATE: u16 = 47;
        /// Type number of `fdb-n-learned`.
        pub const FDB_N_LEARNED: u16 = 48;
        /// Type number of `fdb-max-learned`.
        pub const FDB_MAX_LEARNED: u16 = 49;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoBridgeAttrs<'a> {
        const SET: &'static str = "linkinfo-bridge-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::FORWARD_DELAY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ForwardDelay(v),
                    None => Self::Other(a),
                },
                Self::HELLO_TIME => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::HelloTime(v),
                    None => Self::Other(a),
                },
                Self::MAX_AGE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::MaxAge(v),
                    None => Self::Other(a),
                },
                Self::AGEING_TIME => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::AgeingTime(v),
                    None => Self::Other(a),
                },
                Self::STP_STATE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::StpState(v),
                    None => Self::Other(a),
                },
                Self::PRIORITY => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Priority(v),
                    None => Self::Other(a),
                },
                Self::VLAN_FILTERING => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::VlanFiltering(v),
                    None => Self::Other(a),
                },
                Self::VLAN_PROTOCOL => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::VlanProtocol(v),
                    None => Self::Other(a),
                },
                Self::GROUP_FWD_MASK => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::GroupFwdMask(v),
                    None => Self::Other(a),
                },
                Self::ROOT_ID => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::RootId(v),
                    None => Self::Other(a),
                },
                Self::BRIDGE_ID => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::BridgeId(v),
                    None => Self::Other(a),
                },
                Self::ROOT_PORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::RootPort(v),
                    None => Self::Other(a),
                },
                Self::ROOT_PATH_COST => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RootPathCost(v),
                    None => Self::Other(a),
                },
                Self::TOPOLOGY_CHANGE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TopologyChange(v),
                    None => Self::Other(a),
                },
                Self::TOPOLOGY_CHANGE_DETECTED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TopologyChangeDetected(v),
                    None => Self::Other(a),
                },
                Self::HELLO_TIMER => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::HelloTimer(v),
                    None => Self::Other(a),
                },
                Self::TCN_TIMER => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::TcnTimer(v),
                    None => Self::Other(a),
                },
                Self::TOPOLOGY_CHANGE_TIMER => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::TopologyChangeTimer(v),
                    None => Self::Other(a),
                },
                Self::GC_TIMER => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::GcTimer(v),
                    None => Self::Other(a),
                },
                Self::GROUP_ADDR => Self::GroupAddr(a.value),
                Self::FDB_FLUSH => Self::FdbFlush(a.value),
                Self::MCAST_ROUTER => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastRouter(v),
                    None => Self::Other(a),
                },
                Self::MCAST_SNOOPING => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastSnooping(v),
                    None => Self::Other(a),
                },
                Self::MCAST_QUERY_USE_IFADDR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastQueryUseIfaddr(v),
                    None => Self::Other(a),
                },
                Self::MCAST_QUERIER => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastQuerier(v),
                    None => Self::Other(a),
                },
                Self::MCAST_HASH_ELASTICITY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastHashElasticity(v),
                    None => Self::Other(a),
                },
                Self::MCAST_HASH_MAX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastHashMax(v),
                    None => Self::Other(a),
                },
                Self::MCAST_LAST_MEMBER_CNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastLastMemberCnt(v),
                    None => Self::Other(a),
                },
                Self::MCAST_STARTUP_QUERY_CNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastStartupQueryCnt(v),
                    None => Self::Other(a),
                },
                Self::MCAST_LAST_MEMBER_INTVL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::McastLastMemberIntvl(v),
                    None => Self::Other(a),
                },
                Self::MCAST_MEMBERSHIP_INTVL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::McastMembershipIntvl(v),
                    None => Self::Other(a),
                },
                Self::MCAST_QUERIER_INTVL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::McastQuerierIntvl(v),
                    None => Self::Other(a),
                },
                Self::MCAST_QUERY_INTVL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::McastQueryIntvl(v),
                    None => Self::Other(a),
                },
                Self::MCAST_QUERY_RESPONSE_INTVL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::McastQueryResponseIntvl(v),
                    None => Self::Other(a),
                },
                Self::MCAST_STARTUP_QUERY_INTVL => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::McastStartupQueryIntvl(v),
                    None => Self::Other(a),
                },
                Self::NF_CALL_IPTABLES => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::NfCallIptables(v),
                    None => Self::Other(a),
                },
                Self::NF_CALL_IP6_TABLES => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::NfCallIp6Tables(v),
                    None => Self::Other(a),
                },
                Self::NF_CALL_ARPTABLES => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::NfCallArptables(v),
                    None => Self::Other(a),
                },
                Self::VLAN_DEFAULT_PVID => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::VlanDefaultPvid(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                Self::VLAN_STATS_ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::VlanStatsEnabled(v),
                    None => Self::Other(a),
                },
                Self::MCAST_STATS_ENABLED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastStatsEnabled(v),
                    None => Self::Other(a),
                },
                Self::MCAST_IGMP_VERSION => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastIgmpVersion(v),
                    None => Self::Other(a),
                },
                Self::MCAST_MLD_VERSION => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastMldVersion(v),
                    None => Self::Other(a),
                },
                Self::VLAN_STATS_PER_PORT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::VlanStatsPerPort(v),
                    None => Self::Other(a),
                },
                Self::MULTI_BOOLOPT => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::MultiBoolopt(v),
                    None => Self::Other(a),
                },
                Self::MCAST_QUERIER_STATE => Self::McastQuerierState(a.value),
                Self::FDB_N_LEARNED => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::FdbNLearned(v),
                    None => Self::Other(a),
                },
                Self::FDB_MAX_LEARNED => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::FdbMaxLearned(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::ForwardDelay(_) => Self::FORWARD_DELAY,
                Self::HelloTime(_) => Self::HELLO_TIME,
                Self::MaxAge(_) => Self::MAX_AGE,
                Self::AgeingTime(_) => Self::AGEING_TIME,
                Self::StpState(_) => Self::STP_STATE,
                Self::Priority(_) => Self::PRIORITY,
                Self::VlanFiltering(_) => Self::VLAN_FILTERING,
                Self::VlanProtocol(_) => Self::VLAN_PROTOCOL,
                Self::GroupFwdMask(_) => Self::GROUP_FWD_MASK,
                Self::RootId(_) => Self::ROOT_ID,
                Self::BridgeId(_) => Self::BRIDGE_ID,
                Self::RootPort(_) => Self::ROOT_PORT,
                Self::RootPathCost(_) => Self::ROOT_PATH_COST,
                Self::TopologyChange(_) => Self::TOPOLOGY_CHANGE,
                Self::TopologyChangeDetected(_) => Self::TOPOLOGY_CHANGE_DETECTED,
                Self::HelloTimer(_) => Self::HELLO_TIMER,
                Self::TcnTimer(_) => Self::TCN_TIMER,
                Self::TopologyChangeTimer(_) => Self::TOPOLOGY_CHANGE_TIMER,
                Self::GcTimer(_) => Self::GC_TIMER,
                Self::GroupAddr(_) => Self::GROUP_ADDR,
                Self::FdbFlush(_) => Self::FDB_FLUSH,
                Self::McastRouter(_) => Self::MCAST_ROUTER,
                Self::McastSnooping(_) => Self::MCAST_SNOOPING,
                Self::McastQueryUseIfaddr(_) => Self::MCAST_QUERY_USE_IFADDR,
                Self::McastQuerier(_) => Self::MCAST_QUERIER,
                Self::McastHashElasticity(_) => Self::MCAST_HASH_ELASTICITY,
                Self::McastHashMax(_) => Self::MCAST_HASH_MAX,
                Self::McastLastMemberCnt(_) => Self::MCAST_LAST_MEMBER_CNT,
                Self::McastStartupQueryCnt(_) => Self::MCAST_STARTUP_QUERY_CNT,
                Self::McastLastMemberIntvl(_) => Self::MCAST_LAST_MEMBER_INTVL,
                Self::McastMembershipIntvl(_) => Self::MCAST_MEMBERSHIP_INTVL,
                Self::McastQuerierIntvl(_) => Self::MCAST_QUERIER_INTVL,
                Self::McastQueryIntvl(_) => Self::MCAST_QUERY_INTVL,
                Self::McastQueryResponseIntvl(_) => Self::MCAST_QUERY_RESPONSE_INTVL,
                Self::McastStartupQueryIntvl(_) => Self::MCAST_STARTUP_QUERY_INTVL,
                Self::NfCallIptables(_) => Self::NF_CALL_IPTABLES,
                Self::NfCallIp6Tables(_) => Self::NF_CALL_IP6_TABLES,
                Self::NfCallArptables(_) => Self::NF_CALL_ARPTABLES,
                Self::VlanDefaultPvid(_) => Self::VLAN_DEFAULT_PVID,
                Self::Pad(_) => Self::PAD,
                Self::VlanStatsEnabled(_) => Self::VLAN_STATS_ENABLED,
                Self::McastStatsEnabled(_) => Self::MCAST_STATS_ENABLED,
                Self::McastIgmpVersion(_) => Self::MCAST_IGMP_VERSION,
                Self::McastMldVersion(_) => Self::MCAST_MLD_VERSION,
                Self::VlanStatsPerPort(_) => Self::VLAN_STATS_PER_PORT,
                Self::MultiBoolopt(_) => Self::MULTI_BOOLOPT,
                Self::McastQuerierState(_) => Self::MCAST_QUERIER_STATE,
                Self::FdbNLearned(_) => Self::FDB_N_LEARNED,
                Self::FdbMaxLearned(_) => Self::FDB_MAX_LEARNED,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::ForwardDelay(_) => nlw::attr_len(4),
                Self::HelloTime(_) => nlw::attr_len(4),
                Self::MaxAge(_) => nlw::attr_len(4),
                Self::AgeingTime(_) => nlw::attr_len(4),
                Self::StpState(_) => nlw::attr_len(4),
                Self::Priority(_) => nlw::attr_len(2),
                Self::VlanFiltering(_) => nlw::attr_len(1),
                Self::VlanProtocol(_) => nlw::attr_len(2),
                Self::GroupFwdMask(_) => nlw::attr_len(2),
                Self::RootId(v) => v.encoded_len(),
                Self::BridgeId(v) => v.encoded_len(),
                Self::RootPort(_) => nlw::attr_len(2),
                Self::RootPathCost(_) => nlw::attr_len(4),
                Self::TopologyChange(_) => nlw::attr_len(1),
                Self::TopologyChangeDetected(_) => nlw::attr_len(1),
                Self::HelloTimer(_) => nlw::attr_len(8),
                Self::TcnTimer(_) => nlw::attr_len(8),
                Self::TopologyChangeTimer(_) => nlw::attr_len(8),
                Self::GcTimer(_) => nlw::attr_len(8),
                Self::GroupAddr(v) => nlw::attr_len(v.len()),
                Self::FdbFlush(v) => nlw::attr_len(v.len()),
                Self::McastRouter(_) => nlw::attr_len(1),
                Self::McastSnooping(_) => nlw::attr_len(1),
                Self::McastQueryUseIfaddr(_) => nlw::attr_len(1),
                Self::McastQuerier(_) => nlw::attr_len(1),
                Self::McastHashElasticity(_) => nlw::attr_len(4),
                Self::McastHashMax(_) => nlw::attr_len(4),
                Self::McastLastMemberCnt(_) => nlw::attr_len(4),
                Self::McastStartupQueryCnt(_) => nlw::attr_len(4),
                Self::McastLastMemberIntvl(_) => nlw::attr_len(8),
                Self::McastMembershipIntvl(_) => nlw::attr_len(8),
                Self::McastQuerierIntvl(_) => nlw::attr_len(8),
                Self::McastQueryIntvl(_) => nlw::attr_len(8),
                Self::McastQueryResponseIntvl(_) => nlw::attr_len(8),
                Self::McastStartupQueryIntvl(_) => nlw::attr_len(8),
                Self::NfCallIptables(_) => nlw::attr_len(1),
                Self::NfCallIp6Tables(_) => nlw::attr_len(1),
                Self::NfCallArptables(_) => nlw::attr_len(1),
                Self::VlanDefaultPvid(_) => nlw::attr_len(2),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::VlanStatsEnabled(_) => nlw::attr_len(1),
                Self::McastStatsEnabled(_) => nlw::attr_len(1),
                Self::McastIgmpVersion(_) => nlw::attr_len(1),
                Self::McastMldVersion(_) => nlw::attr_len(1),
                Self::VlanStatsPerPort(_) => nlw::attr_len(1),
                Self::MultiBoolopt(v) => v.encoded_len(),
                Self::McastQuerierState(v) => nlw::attr_len(v.len()),
                Self::FdbNLearned(_) => nlw::attr_len(4),
                Self::FdbMaxLearned(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::ForwardDelay(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::FORWARD_DELAY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HelloTime(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::HELLO_TIME;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MaxAge(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MAX_AGE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::AgeingTime(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::AGEING_TIME;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::StpState(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::STP_STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Priority(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::PRIORITY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VlanFiltering(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::VLAN_FILTERING;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VlanProtocol(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::VLAN_PROTOCOL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::GroupFwdMask(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::GROUP_FWD_MASK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RootId(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::ROOT_ID;
                    v.emit(T, b);
                }
                Self::BridgeId(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::BRIDGE_ID;
                    v.emit(T, b);
                }
                Self::RootPort(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::ROOT_PORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RootPathCost(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::ROOT_PATH_COST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TopologyChange(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::TOPOLOGY_CHANGE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TopologyChangeDetected(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::TOPOLOGY_CHANGE_DETECTED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HelloTimer(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::HELLO_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TcnTimer(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::TCN_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TopologyChangeTimer(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::TOPOLOGY_CHANGE_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::GcTimer(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::GC_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::GroupAddr(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::GROUP_ADDR;
                    b.attr(T, v);
                }
                Self::FdbFlush(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::FDB_FLUSH;
                    b.attr(T, v);
                }
                Self::McastRouter(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_ROUTER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastSnooping(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_SNOOPING;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastQueryUseIfaddr(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_QUERY_USE_IFADDR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastQuerier(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_QUERIER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastHashElasticity(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_HASH_ELASTICITY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastHashMax(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_HASH_MAX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastLastMemberCnt(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_LAST_MEMBER_CNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastStartupQueryCnt(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_STARTUP_QUERY_CNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastLastMemberIntvl(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_LAST_MEMBER_INTVL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastMembershipIntvl(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_MEMBERSHIP_INTVL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastQuerierIntvl(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_QUERIER_INTVL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastQueryIntvl(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_QUERY_INTVL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastQueryResponseIntvl(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_QUERY_RESPONSE_INTVL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastStartupQueryIntvl(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_STARTUP_QUERY_INTVL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NfCallIptables(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::NF_CALL_IPTABLES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NfCallIp6Tables(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::NF_CALL_IP6_TABLES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NfCallArptables(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::NF_CALL_ARPTABLES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VlanDefaultPvid(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::VLAN_DEFAULT_PVID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pad(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::PAD;
                    b.attr(T, v);
                }
                Self::VlanStatsEnabled(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::VLAN_STATS_ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastStatsEnabled(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_STATS_ENABLED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastIgmpVersion(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_IGMP_VERSION;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastMldVersion(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_MLD_VERSION;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VlanStatsPerPort(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::VLAN_STATS_PER_PORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MultiBoolopt(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MULTI_BOOLOPT;
                    v.emit(T, b);
                }
                Self::McastQuerierState(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::MCAST_QUERIER_STATE;
                    b.attr(T, v);
                }
                Self::FdbNLearned(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::FDB_N_LEARNED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::FdbMaxLearned(v) => {
                    const T: u16 = LinkinfoBridgeAttrs::FDB_MAX_LEARNED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoBridgeAttrs::FORWARD_DELAY | LinkinfoBridgeAttrs::HELLO_TIME | LinkinfoBridgeAttrs::MAX_AGE | LinkinfoBridgeAttrs::AGEING_TIME | LinkinfoBridgeAttrs::STP_STATE | LinkinfoBridgeAttrs::PRIORITY | LinkinfoBridgeAttrs::VLAN_FILTERING | LinkinfoBridgeAttrs::VLAN_PROTOCOL | LinkinfoBridgeAttrs::GROUP_FWD_MASK | LinkinfoBridgeAttrs::ROOT_ID | LinkinfoBridgeAttrs::BRIDGE_ID | LinkinfoBridgeAttrs::ROOT_PORT | LinkinfoBridgeAttrs::ROOT_PATH_COST | LinkinfoBridgeAttrs::TOPOLOGY_CHANGE | LinkinfoBridgeAttrs::TOPOLOGY_CHANGE_DETECTED | LinkinfoBridgeAttrs::HELLO_TIMER | LinkinfoBridgeAttrs::TCN_TIMER | LinkinfoBridgeAttrs::TOPOLOGY_CHANGE_TIMER | LinkinfoBridgeAttrs::GC_TIMER | LinkinfoBridgeAttrs::GROUP_ADDR | LinkinfoBridgeAttrs::FDB_FLUSH | LinkinfoBridgeAttrs::MCAST_ROUTER | LinkinfoBridgeAttrs::MCAST_SNOOPING | LinkinfoBridgeAttrs::MCAST_QUERY_USE_IFADDR | LinkinfoBridgeAttrs::MCAST_QUERIER | LinkinfoBridgeAttrs::MCAST_HASH_ELASTICITY | LinkinfoBridgeAttrs::MCAST_HASH_MAX | LinkinfoBridgeAttrs::MCAST_LAST_MEMBER_CNT | LinkinfoBridgeAttrs::MCAST_STARTUP_QUERY_CNT | LinkinfoBridgeAttrs::MCAST_LAST_MEMBER_INTVL | LinkinfoBridgeAttrs::MCAST_MEMBERSHIP_INTVL | LinkinfoBridgeAttrs::MCAST_QUERIER_INTVL | LinkinfoBridgeAttrs::MCAST_QUERY_INTVL | LinkinfoBridgeAttrs::MCAST_QUERY_RESPONSE_INTVL | LinkinfoBridgeAttrs::MCAST_STARTUP_QUERY_INTVL | LinkinfoBridgeAttrs::NF_CALL_IPTABLES | LinkinfoBridgeAttrs::NF_CALL_IP6_TABLES | LinkinfoBridgeAttrs::NF_CALL_ARPTABLES | LinkinfoBridgeAttrs::VLAN_DEFAULT_PVID | LinkinfoBridgeAttrs::PAD | LinkinfoBridgeAttrs::VLAN_STATS_ENABLED | LinkinfoBridgeAttrs::MCAST_STATS_ENABLED | LinkinfoBridgeAttrs::MCAST_IGMP_VERSION | LinkinfoBridgeAttrs::MCAST_MLD_VERSION | LinkinfoBridgeAttrs::VLAN_STATS_PER_PORT | LinkinfoBridgeAttrs::MULTI_BOOLOPT | LinkinfoBridgeAttrs::MCAST_QUERIER_STATE | LinkinfoBridgeAttrs::FDB_N_LEARNED | LinkinfoBridgeAttrs::FDB_MAX_LEARNED) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-brport-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoBrportAttrs<'a> {
        /// `state` (type 1, u8).
        State(u8),
        /// `priority` (type 2, u16).
        Priority(u16),
        /// `cost` (type 3, u32).
        Cost(u32),
        /// `mode` (type 4, u8).
        Mode(u8),
        /// `guard` (type 5, u8).
        Guard(u8),
        /// `protect` (type 6, u8).
        Protect(u8),
        /// `fast-leave` (type 7, u8).
        FastLeave(u8),
        /// `learning` (type 8, u8).
        Learning(u8),
        /// `unicast-flood` (type 9, u8).
        UnicastFlood(u8),
        /// `proxyarp` (type 10, u8).
        Proxyarp(u8),
        /// `learning-sync` (type 11, u8).
        LearningSync(u8),
        /// `proxyarp-wifi` (type 12, u8).
        ProxyarpWifi(u8),
        /// `root-id` (type 13, binary).
        RootId(nlw::ynl::Struct<'a, super::defs::IflaBridgeId>),
        /// `bridge-id` (type 14, binary).
        BridgeId(nlw::ynl::Struct<'a, super::defs::IflaBridgeId>),
        /// `designated-port` (type 15, u16).
        DesignatedPort(u16),
        /// `designated-cost` (type 16, u16).
        DesignatedCost(u16),
        /// `id` (type 17, u16).
        Id(u16),
        /// `no` (type 18, u16).
        No(u16),
        /// `topology-change-ack` (type 19, u8).
        TopologyChangeAck(u8),
        /// `config-pending` (type 20, u8).
        ConfigPending(u8),
        /// `message-age-timer` (type 21, u64).
        MessageAgeTimer(u64),
        /// `forward-delay-timer` (type 22, u64).
        ForwardDelayTimer(u64),
        /// `hold-timer` (type 23, u64).
        HoldTimer(u64),
        /// `flush` (type 24, flag).
        Flush,
        /// `multicast-router` (type 25, u8).
        MulticastRouter(u8),
        /// `pad` (type 26, pad).
        Pad(&'a [u8]),
        /// `mcast-flood` (type 27, u8).
        McastFlood(u8),
        /// `mcast-to-ucast` (type 28, u8).
        McastToUcast(u8),
        /// `vlan-tunnel` (type 29, u8).
        VlanTunnel(u8),
        /// `bcast-flood` (type 30, u8).
        BcastFlood(u8),
        /// `group-fwd-mask` (type 31, u16).
        GroupFwdMask(u16),
        /// `neigh-suppress` (type 32, u8).
        NeighSuppress(u8),
        /// `isolated` (type 33, u8).
        Isolated(u8),
        /// `backup-port` (type 34, u32).
        BackupPort(u32),
        /// `mrp-ring-open` (type 35, u8).
        MrpRingOpen(u8),
        /// `mrp-in-open` (type 36, u8).
        MrpInOpen(u8),
        /// `mcast-eht-hosts-limit` (type 37, u32).
        McastEhtHostsLimit(u32),
        /// `mcast-eht-hosts-cnt` (type 38, u32).
        McastEhtHostsCnt(u32),
        /// `locked` (type 39, u8).
        Locked(u8),
        /// `mab` (type 40, u8).
        Mab(u8),
        /// `mcast-n-groups` (type 41, u32).
        McastNGroups(u32),
        /// `mcast-max-groups` (type 42, u32).
        McastMaxGroups(u32),
        /// `neigh-vlan-suppress` (type 43, u8).
        NeighVlanSuppress(u8),
        /// `backup-nhid` (type 44, u32).
        BackupNhid(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoBrportAttrs<'_> {
        /// Type number of `state`.
        pub const STATE: u16 = 1;
        /// Type number of `priority`.
        pub const PRIORITY: u16 = 2;
        /// Type number of `cost`.
        pub const COST: u16 = 3;
        /// Type number of `mode`.
        pub const MODE: u16 = 4;
        /// Type number of `guard`.
        pub const GUARD: u16 = 5;
        /// Type number of `protect`.
        pub const PROTECT: u16 = 6;
        /// Type number of `fast-leave`.
        pub const FAST_LEAVE: u16 = 7;
        /// Type number of `learning`.
        pub const LEARNING: u16 = 8;
        /// Type number of `unicast-flood`.
        pub const UNICAST_FLOOD: u16 = 9;
        /// Type number of `proxyarp`.
        pub const PROXYARP: u16 = 10;
        /// Type number of `learning-sync`.
        pub const LEARNING_SYNC: u16 = 11;
        /// Type number of `proxyarp-wifi`.
        pub const PROXYARP_WIFI: u16 = 12;
        /// Type number of `root-id`.
        pub const ROOT_ID: u16 = 13;
        /// Type number of `bridge-id`.
        pub const BRIDGE_ID: u16 = 14;
        /// Type number of `designated-port`.
        pub const DESIGNATED_PORT: u16 = 15;
        /// Type number of `designated-cost`.
        pub const DESIGNATED_COST: u16 = 16;
        /// Type number of `id`.
        pub const ID: u16 = 17;
        /// Type number of `no`.
        pub const NO: u16 = 18;
        /// Type number of `topology-change-ack`.
        pub const TOPOLOGY_CHANGE_ACK: u16 = 19;
        /// Type number of `config-pending`.
        pub const CONFIG_PENDING: u16 = 20;
        /// Type number of `message-age-timer`.
        pub const MESSAGE_AGE_TIMER: u16 = 21;
        /// Type number of `forward-delay-timer`.
        pub const FORWARD_DELAY_TIMER: u16 = 22;
        /// Type number of `hold-timer`.
        pub const HOLD_TIMER: u16 = 23;
        /// Type number of `flush`.
        pub const FLUSH: u16 = 24;
        /// Type number of `multicast-router`.
        pub const MULTICAST_ROUTER: u16 = 25;
        /// Type number of `pad`.
        pub const PAD: u16 = 26;
        /// Type number of `mcast-flood`.
        pub const MCAST_FLOOD: u16 = 27;
        /// Type number of `mcast-to-ucast`.
        pub const MCAST_TO_UCAST: u16 = 28;
        /// Type number of `vlan-tunnel`.
        pub const VLAN_TUNNEL: u16 = 29;
        /// Type number of `bcast-flood`.
        pub const BCAST_FLOOD: u16 = 30;
        /// Type number of `group-fwd-mask`.
        pub const GROUP_FWD_MASK: u16 = 31;
        /// Type number of `neigh-suppress`.
        pub const NEIGH_SUPPRESS: u16 = 32;
        /// Type number of `isolated`.
        pub const ISOLATED: u16 = 33;
        /// Type number of `backup-port`.
        pub const BACKUP_PORT: u16 = 34;
        /// Type number of `mrp-ring-open`.
        pub const MRP_RING_OPEN: u16 = 35;
        /// Type number of `mrp-in-open`.
        pub const MRP_IN_OPEN: u16 = 36;
        /// Type number of `mcast-eht-hosts-limit`.
        pub const MCAST_EHT_HOSTS_LIMIT: u16 = 37;
        /// Type number of `mcast-eht-hosts-cnt`.
        pub const MCAST_EHT_HOSTS_CNT: u16 = 38;
        /// Type number of `locked`.
        pub const LOCKED: u16 = 39;
        /// Type number of `mab`.
        pub const MAB: u16 = 40;
        /// Type number of `mcast-n-groups`.
        pub const MCAST_N_GROUPS: u16 = 41;
        /// Type number of `mcast-max-groups`.
        pub const MCAST_MAX_GROUPS: u16 = 42;
        /// Type number of `neigh-vlan-suppress`.
        pub const NEIGH_VLAN_SUPPRESS: u16 = 43;
        /// Type number of `backup-nhid`.
        pub const BACKUP_NHID: u16 = 44;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoBrportAttrs<'a> {
        const SET: &'static str = "linkinfo-brport-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::STATE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::State(v),
                    None => Self::Other(a),
                },
                Self::PRIORITY => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Priority(v),
                    None => Self::Other(a),
                },
                Self::COST => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Cost(v),
                    None => Self::Other(a),
                },
                Self::MODE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Mode(v),
                    None => Self::Other(a),
                },
                Self::GUARD => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Guard(v),
                    None => Self::Other(a),
                },
                Self::PROTECT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Protect(v),
                    None => Self::Other(a),
                },
                Self::FAST_LEAVE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::FastLeave(v),
                    None => Self::Other(a),
                },
                Self::LEARNING => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Learning(v),
                    None => Self::Other(a),
                },
                Self::UNICAST_FLOOD => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UnicastFlood(v),
                    None => Self::Other(a),
                },
                Self::PROXYARP => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Proxyarp(v),
                    None => Self::Other(a),
                },
                Self::LEARNING_SYNC => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::LearningSync(v),
                    None => Self::Other(a),
                },
                Self::PROXYARP_WIFI => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ProxyarpWifi(v),
                    None => Self::Other(a),
                },
                Self::ROOT_ID => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::RootId(v),
                    None => Self::Other(a),
                },
                Self::BRIDGE_ID => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::BridgeId(v),
                    None => Self::Other(a),
                },
                Self::DESIGNATED_PORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::DesignatedPort(v),
                    None => Self::Other(a),
                },
                Self::DESIGNATED_COST => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::DesignatedCost(v),
                    None => Self::Other(a),
                },
                Self::ID => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::NO => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::No(v),
                    None => Self::Other(a),
                },
                Self::TOPOLOGY_CHANGE_ACK => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TopologyChangeAck(v),
                    None => Self::Other(a),
                },
                Self::CONFIG_PENDING => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ConfigPending(v),
                    None => Self::Other(a),
                },
                Self::MESSAGE_AGE_TIMER => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::MessageAgeTimer(v),
                    None => Self::Other(a),
                },
                Self::FORWARD_DELAY_TIMER => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::ForwardDelayTimer(v),
                    None => Self::Other(a),
                },
                Self::HOLD_TIMER => match a.array::<8>().ok().map(u64::from_ne_bytes) {
                    Some(v) => Self::HoldTimer(v),
                    None => Self::Other(a),
                },
                Self::FLUSH if a.value.is_empty() => Self::Flush,
                Self::MULTICAST_ROUTER => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MulticastRouter(v),
                    None => Self::Other(a),
                },
                Self::PAD => Self::Pad(a.value),
                Self::MCAST_FLOOD => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastFlood(v),
                    None => Self::Other(a),
                },
                Self::MCAST_TO_UCAST => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::McastToUcast(v),
                    None => Self::Other(a),
                },
                Self::VLAN_TUNNEL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::VlanTunnel(v),
                    None => Self::Other(a),
                },
                Self::BCAST_FLOOD => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::BcastFlood(v),
                    None => Self::Other(a),
                },
                Self::GROUP_FWD_MASK => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::GroupFwdMask(v),
                    None => Self::Other(a),
                },
                Self::NEIGH_SUPPRESS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::NeighSuppress(v),
                    None => Self::Other(a),
                },
                Self::ISOLATED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Isolated(v),
                    None => Self::Other(a),
                },
                Self::BACKUP_PORT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::BackupPort(v),
                    None => Self::Other(a),
                },
                Self::MRP_RING_OPEN => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MrpRingOpen(v),
                    None => Self::Other(a),
                },
                Self::MRP_IN_OPEN => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MrpInOpen(v),
                    None => Self::Other(a),
                },
                Self::MCAST_EHT_HOSTS_LIMIT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastEhtHostsLimit(v),
                    None => Self::Other(a),
                },
                Self::MCAST_EHT_HOSTS_CNT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastEhtHostsCnt(v),
                    None => Self::Other(a),
                },
                Self::LOCKED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Locked(v),
                    None => Self::Other(a),
                },
                Self::MAB => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Mab(v),
                    None => Self::Other(a),
                },
                Self::MCAST_N_GROUPS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastNGroups(v),
                    None => Self::Other(a),
                },
                Self::MCAST_MAX_GROUPS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::McastMaxGroups(v),
                    None => Self::Other(a),
                },
                Self::NEIGH_VLAN_SUPPRESS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::NeighVlanSuppress(v),
                    None => Self::Other(a),
                },
                Self::BACKUP_NHID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::BackupNhid(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::State(_) => Self::STATE,
                Self::Priority(_) => Self::PRIORITY,
                Self::Cost(_) => Self::COST,
                Self::Mode(_) => Self::MODE,
                Self::Guard(_) => Self::GUARD,
                Self::Protect(_) => Self::PROTECT,
                Self::FastLeave(_) => Self::FAST_LEAVE,
                Self::Learning(_) => Self::LEARNING,
                Self::UnicastFlood(_) => Self::UNICAST_FLOOD,
                Self::Proxyarp(_) => Self::PROXYARP,
                Self::LearningSync(_) => Self::LEARNING_SYNC,
                Self::ProxyarpWifi(_) => Self::PROXYARP_WIFI,
                Self::RootId(_) => Self::ROOT_ID,
                Self::BridgeId(_) => Self::BRIDGE_ID,
                Self::DesignatedPort(_) => Self::DESIGNATED_PORT,
                Self::DesignatedCost(_) => Self::DESIGNATED_COST,
                Self::Id(_) => Self::ID,
                Self::No(_) => Self::NO,
                Self::TopologyChangeAck(_) => Self::TOPOLOGY_CHANGE_ACK,
                Self::ConfigPending(_) => Self::CONFIG_PENDING,
                Self::MessageAgeTimer(_) => Self::MESSAGE_AGE_TIMER,
                Self::ForwardDelayTimer(_) => Self::FORWARD_DELAY_TIMER,
                Self::HoldTimer(_) => Self::HOLD_TIMER,
                Self::Flush => Self::FLUSH,
                Self::MulticastRouter(_) => Self::MULTICAST_ROUTER,
                Self::Pad(_) => Self::PAD,
                Self::McastFlood(_) => Self::MCAST_FLOOD,
                Self::McastToUcast(_) => Self::MCAST_TO_UCAST,
                Self::VlanTunnel(_) => Self::VLAN_TUNNEL,
                Self::BcastFlood(_) => Self::BCAST_FLOOD,
                Self::GroupFwdMask(_) => Self::GROUP_FWD_MASK,
                Self::NeighSuppress(_) => Self::NEIGH_SUPPRESS,
                Self::Isolated(_) => Self::ISOLATED,
                Self::BackupPort(_) => Self::BACKUP_PORT,
                Self::MrpRingOpen(_) => Self::MRP_RING_OPEN,
                Self::MrpInOpen(_) => Self::MRP_IN_OPEN,
                Self::McastEhtHostsLimit(_) => Self::MCAST_EHT_HOSTS_LIMIT,
                Self::McastEhtHostsCnt(_) => Self::MCAST_EHT_HOSTS_CNT,
                Self::Locked(_) => Self::LOCKED,
                Self::Mab(_) => Self::MAB,
                Self::McastNGroups(_) => Self::MCAST_N_GROUPS,
                Self::McastMaxGroups(_) => Self::MCAST_MAX_GROUPS,
                Self::NeighVlanSuppress(_) => Self::NEIGH_VLAN_SUPPRESS,
                Self::BackupNhid(_) => Self::BACKUP_NHID,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::State(_) => nlw::attr_len(1),
                Self::Priority(_) => nlw::attr_len(2),
                Self::Cost(_) => nlw::attr_len(4),
                Self::Mode(_) => nlw::attr_len(1),
                Self::Guard(_) => nlw::attr_len(1),
                Self::Protect(_) => nlw::attr_len(1),
                Self::FastLeave(_) => nlw::attr_len(1),
                Self::Learning(_) => nlw::attr_len(1),
                Self::UnicastFlood(_) => nlw::attr_len(1),
                Self::Proxyarp(_) => nlw::attr_len(1),
                Self::LearningSync(_) => nlw::attr_len(1),
                Self::ProxyarpWifi(_) => nlw::attr_len(1),
                Self::RootId(v) => v.encoded_len(),
                Self::BridgeId(v) => v.encoded_len(),
                Self::DesignatedPort(_) => nlw::attr_len(2),
                Self::DesignatedCost(_) => nlw::attr_len(2),
                Self::Id(_) => nlw::attr_len(2),
                Self::No(_) => nlw::attr_len(2),
                Self::TopologyChangeAck(_) => nlw::attr_len(1),
                Self::ConfigPending(_) => nlw::attr_len(1),
                Self::MessageAgeTimer(_) => nlw::attr_len(8),
                Self::ForwardDelayTimer(_) => nlw::attr_len(8),
                Self::HoldTimer(_) => nlw::attr_len(8),
                Self::Flush => nlw::attr_len(0),
                Self::MulticastRouter(_) => nlw::attr_len(1),
                Self::Pad(v) => nlw::attr_len(v.len()),
                Self::McastFlood(_) => nlw::attr_len(1),
                Self::McastToUcast(_) => nlw::attr_len(1),
                Self::VlanTunnel(_) => nlw::attr_len(1),
                Self::BcastFlood(_) => nlw::attr_len(1),
                Self::GroupFwdMask(_) => nlw::attr_len(2),
                Self::NeighSuppress(_) => nlw::attr_len(1),
                Self::Isolated(_) => nlw::attr_len(1),
                Self::BackupPort(_) => nlw::attr_len(4),
                Self::MrpRingOpen(_) => nlw::attr_len(1),
                Self::MrpInOpen(_) => nlw::attr_len(1),
                Self::McastEhtHostsLimit(_) => nlw::attr_len(4),
                Self::McastEhtHostsCnt(_) => nlw::attr_len(4),
                Self::Locked(_) => nlw::attr_len(1),
                Self::Mab(_) => nlw::attr_len(1),
                Self::McastNGroups(_) => nlw::attr_len(4),
                Self::McastMaxGroups(_) => nlw::attr_len(4),
                Self::NeighVlanSuppress(_) => nlw::attr_len(1),
                Self::BackupNhid(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::State(v) => {
                    const T: u16 = LinkinfoBrportAttrs::STATE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Priority(v) => {
                    const T: u16 = LinkinfoBrportAttrs::PRIORITY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Cost(v) => {
                    const T: u16 = LinkinfoBrportAttrs::COST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Mode(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MODE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Guard(v) => {
                    const T: u16 = LinkinfoBrportAttrs::GUARD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Protect(v) => {
                    const T: u16 = LinkinfoBrportAttrs::PROTECT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::FastLeave(v) => {
                    const T: u16 = LinkinfoBrportAttrs::FAST_LEAVE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Learning(v) => {
                    const T: u16 = LinkinfoBrportAttrs::LEARNING;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UnicastFlood(v) => {
                    const T: u16 = LinkinfoBrportAttrs::UNICAST_FLOOD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Proxyarp(v) => {
                    const T: u16 = LinkinfoBrportAttrs::PROXYARP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::LearningSync(v) => {
                    const T: u16 = LinkinfoBrportAttrs::LEARNING_SYNC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ProxyarpWifi(v) => {
                    const T: u16 = LinkinfoBrportAttrs::PROXYARP_WIFI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RootId(v) => {
                    const T: u16 = LinkinfoBrportAttrs::ROOT_ID;
                    v.emit(T, b);
                }
                Self::BridgeId(v) => {
                    const T: u16 = LinkinfoBrportAttrs::BRIDGE_ID;
                    v.emit(T, b);
                }
                Self::DesignatedPort(v) => {
                    const T: u16 = LinkinfoBrportAttrs::DESIGNATED_PORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::DesignatedCost(v) => {
                    const T: u16 = LinkinfoBrportAttrs::DESIGNATED_COST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Id(v) => {
                    const T: u16 = LinkinfoBrportAttrs::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::No(v) => {
                    const T: u16 = LinkinfoBrportAttrs::NO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TopologyChangeAck(v) => {
                    const T: u16 = LinkinfoBrportAttrs::TOPOLOGY_CHANGE_ACK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ConfigPending(v) => {
                    const T: u16 = LinkinfoBrportAttrs::CONFIG_PENDING;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MessageAgeTimer(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MESSAGE_AGE_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ForwardDelayTimer(v) => {
                    const T: u16 = LinkinfoBrportAttrs::FORWARD_DELAY_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HoldTimer(v) => {
                    const T: u16 = LinkinfoBrportAttrs::HOLD_TIMER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flush => {
                    const T: u16 = LinkinfoBrportAttrs::FLUSH;
                    b.attr_flag(T);
                }
                Self::MulticastRouter(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MULTICAST_ROUTER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pad(v) => {
                    const T: u16 = LinkinfoBrportAttrs::PAD;
                    b.attr(T, v);
                }
                Self::McastFlood(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MCAST_FLOOD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastToUcast(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MCAST_TO_UCAST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VlanTunnel(v) => {
                    const T: u16 = LinkinfoBrportAttrs::VLAN_TUNNEL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::BcastFlood(v) => {
                    const T: u16 = LinkinfoBrportAttrs::BCAST_FLOOD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::GroupFwdMask(v) => {
                    const T: u16 = LinkinfoBrportAttrs::GROUP_FWD_MASK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NeighSuppress(v) => {
                    const T: u16 = LinkinfoBrportAttrs::NEIGH_SUPPRESS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Isolated(v) => {
                    const T: u16 = LinkinfoBrportAttrs::ISOLATED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::BackupPort(v) => {
                    const T: u16 = LinkinfoBrportAttrs::BACKUP_PORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MrpRingOpen(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MRP_RING_OPEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MrpInOpen(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MRP_IN_OPEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastEhtHostsLimit(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MCAST_EHT_HOSTS_LIMIT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastEhtHostsCnt(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MCAST_EHT_HOSTS_CNT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Locked(v) => {
                    const T: u16 = LinkinfoBrportAttrs::LOCKED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Mab(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MAB;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastNGroups(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MCAST_N_GROUPS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::McastMaxGroups(v) => {
                    const T: u16 = LinkinfoBrportAttrs::MCAST_MAX_GROUPS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NeighVlanSuppress(v) => {
                    const T: u16 = LinkinfoBrportAttrs::NEIGH_VLAN_SUPPRESS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::BackupNhid(v) => {
                    const T: u16 = LinkinfoBrportAttrs::BACKUP_NHID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoBrportAttrs::STATE | LinkinfoBrportAttrs::PRIORITY | LinkinfoBrportAttrs::COST | LinkinfoBrportAttrs::MODE | LinkinfoBrportAttrs::GUARD | LinkinfoBrportAttrs::PROTECT | LinkinfoBrportAttrs::FAST_LEAVE | LinkinfoBrportAttrs::LEARNING | LinkinfoBrportAttrs::UNICAST_FLOOD | LinkinfoBrportAttrs::PROXYARP | LinkinfoBrportAttrs::LEARNING_SYNC | LinkinfoBrportAttrs::PROXYARP_WIFI | LinkinfoBrportAttrs::ROOT_ID | LinkinfoBrportAttrs::BRIDGE_ID | LinkinfoBrportAttrs::DESIGNATED_PORT | LinkinfoBrportAttrs::DESIGNATED_COST | LinkinfoBrportAttrs::ID | LinkinfoBrportAttrs::NO | LinkinfoBrportAttrs::TOPOLOGY_CHANGE_ACK | LinkinfoBrportAttrs::CONFIG_PENDING | LinkinfoBrportAttrs::MESSAGE_AGE_TIMER | LinkinfoBrportAttrs::FORWARD_DELAY_TIMER | LinkinfoBrportAttrs::HOLD_TIMER | LinkinfoBrportAttrs::FLUSH | LinkinfoBrportAttrs::MULTICAST_ROUTER | LinkinfoBrportAttrs::PAD | LinkinfoBrportAttrs::MCAST_FLOOD | LinkinfoBrportAttrs::MCAST_TO_UCAST | LinkinfoBrportAttrs::VLAN_TUNNEL | LinkinfoBrportAttrs::BCAST_FLOOD | LinkinfoBrportAttrs::GROUP_FWD_MASK | LinkinfoBrportAttrs::NEIGH_SUPPRESS | LinkinfoBrportAttrs::ISOLATED | LinkinfoBrportAttrs::BACKUP_PORT | LinkinfoBrportAttrs::MRP_RING_OPEN | LinkinfoBrportAttrs::MRP_IN_OPEN | LinkinfoBrportAttrs::MCAST_EHT_HOSTS_LIMIT | LinkinfoBrportAttrs::MCAST_EHT_HOSTS_CNT | LinkinfoBrportAttrs::LOCKED | LinkinfoBrportAttrs::MAB | LinkinfoBrportAttrs::MCAST_N_GROUPS | LinkinfoBrportAttrs::MCAST_MAX_GROUPS | LinkinfoBrportAttrs::NEIGH_VLAN_SUPPRESS | LinkinfoBrportAttrs::BACKUP_NHID) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-gre-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoGreAttrs<'a> {
        /// `link` (type 1, u32).
        Link(u32),
        /// `iflags` (type 2, u16).
        Iflags(u16),
        /// `oflags` (type 3, u16).
        Oflags(u16),
        /// `ikey` (type 4, u32).
        Ikey(u32),
        /// `okey` (type 5, u32).
        Okey(u32),
        /// `local` (type 6, binary).
        Local(std::net::IpAddr),
        /// `remote` (type 7, binary).
        Remote(std::net::IpAddr),
        /// `ttl` (type 8, u8).
        Ttl(u8),
        /// `tos` (type 9, u8).
        Tos(u8),
        /// `pmtudisc` (type 10, u8).
        Pmtudisc(u8),
        /// `encap-limit` (type 11, u32).
        EncapLimit(u32),
        /// `flowinfo` (type 12, u32).
        Flowinfo(u32),
        /// `flags` (type 13, u32).
        Flags(u32),
        /// `encap-type` (type 14, u16).
        EncapType(u16),
        /// `encap-flags` (type 15, u16).
        EncapFlags(u16),
        /// `encap-sport` (type 16, u16).
        EncapSport(u16),
        /// `encap-dport` (type 17, u16).
        EncapDport(u16),
        /// `collect-metadata` (type 18, flag).
        CollectMetadata,
        /// `ignore-df` (type 19, u8).
        IgnoreDf(u8),
        /// `fwmark` (type 20, u32).
        Fwmark(u32),
        /// `erspan-index` (type 21, u32).
        ErspanIndex(u32),
        /// `erspan-ver` (type 22, u8).
        ErspanVer(u8),
        /// `erspan-dir` (type 23, u8).
        ErspanDir(u8),
        /// `erspan-hwid` (type 24, u16).
        ErspanHwid(u16),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoGreAttrs<'_> {
        /// Type number of `link`.
        pub const LINK: u16 = 1;
        /// Type number of `iflags`.
        pub const IFLAGS: u16 = 2;
        /// Type number of `oflags`.
        pub const OFLAGS: u16 = 3;
        /// Type number of `ikey`.
        pub const IKEY: u16 = 4;
        /// Type number of `okey`.
        pub const OKEY: u16 = 5;
        /// Type number of `local`.
        pub const LOCAL: u16 = 6;
        /// Type number of `remote`.
        pub const REMOTE: u16 = 7;
        /// Type number of `ttl`.
        pub const TTL: u16 = 8;
        /// Type number of `tos`.
        pub const TOS: u16 = 9;
        /// Type number of `pmtudisc`.
        pub const PMTUDISC: u16 = 10;
        /// Type number of `encap-limit`.
        pub const ENCAP_LIMIT: u16 = 11;
        /// Type number of `flowinfo`.
        pub const FLOWINFO: u16 = 12;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 13;
        /// Type number of `encap-type`.
        pub const ENCAP_TYPE: u16 = 14;
        /// Type number of `encap-flags`.
        pub const ENCAP_FLAGS: u16 = 15;
        /// Type number of `encap-sport`.
        pub const ENCAP_SPORT: u16 = 16;
        /// Type number of `encap-dport`.
        pub const ENCAP_DPORT: u16 = 17;
        /// Type number of `collect-metadata`.
        pub const COLLECT_METADATA: u16 = 18;
        /// Type number of `ignore-df`.
        pub const IGNORE_DF: u16 = 19;
        /// Type number of `fwmark`.
        pub const FWMARK: u16 = 20;
        /// Type number of `erspan-index`.
        pub const ERSPAN_INDEX: u16 = 21;
        /// Type number of `erspan-ver`.
        pub const ERSPAN_VER: u16 = 22;
        /// Type number of `erspan-dir`.
        pub const ERSPAN_DIR: u16 = 23;
        /// Type number of `erspan-hwid`.
        pub const ERSPAN_HWID: u16 = 24;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoGreAttrs<'a> {
        const SET: &'static str = "linkinfo-gre-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::LINK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Link(v),
                    None => Self::Other(a),
                },
                Self::IFLAGS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Iflags(v),
                    None => Self::Other(a),
                },
                Self::OFLAGS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Oflags(v),
                    None => Self::Other(a),
                },
                Self::IKEY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Ikey(v),
                    None => Self::Other(a),
                },
                Self::OKEY => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Okey(v),
                    None => Self::Other(a),
                },
                Self::LOCAL => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Local(v),
                    None => Self::Other(a),
                },
                Self::REMOTE => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Remote(v),
                    None => Self::Other(a),
                },
                Self::TTL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Ttl(v),
                    None => Self::Other(a),
                },
                Self::TOS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Tos(v),
                    None => Self::Other(a),
                },
                Self::PMTUDISC => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Pmtudisc(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_LIMIT => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::EncapLimit(v),
                    None => Self::Other(a),
                },
                Self::FLOWINFO => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flowinfo(v),
                    None => Self::Other(a),
                },
                Self::FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_TYPE => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapType(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_FLAGS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapFlags(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_SPORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapSport(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_DPORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapDport(v),
                    None => Self::Other(a),
                },
                Self::COLLECT_METADATA if a.value.is_empty() => Self::CollectMetadata,
                Self::IGNORE_DF => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::IgnoreDf(v),
                    None => Self::Other(a),
                },
                Self::FWMARK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Fwmark(v),
                    None => Self::Other(a),
                },
                Self::ERSPAN_INDEX => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ErspanIndex(v),
                    None => Self::Other(a),
                },
                Self::ERSPAN_VER => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ErspanVer(v),
                    None => Self::Other(a),
                },
                Self::ERSPAN_DIR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::ErspanDir(v),
                    None => Self::Other(a),
                },
                Self::ERSPAN_HWID => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::ErspanHwid(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Link(_) => Self::LINK,
                Self::Iflags(_) => Self::IFLAGS,
                Self::Oflags(_) => Self::OFLAGS,
                Self::Ikey(_) => Self::IKEY,
                Self::Okey(_) => Self::OKEY,
                Self::Local(_) => Self::LOCAL,
                Self::Remote(_) => Self::REMOTE,
                Self::Ttl(_) => Self::TTL,
                Self::Tos(_) => Self::TOS,
                Self::Pmtudisc(_) => Self::PMTUDISC,
                Self::EncapLimit(_) => Self::ENCAP_LIMIT,
                Self::Flowinfo(_) => Self::FLOWINFO,
                Self::Flags(_) => Self::FLAGS,
                Self::EncapType(_) => Self::ENCAP_TYPE,
                Self::EncapFlags(_) => Self::ENCAP_FLAGS,
                Self::EncapSport(_) => Self::ENCAP_SPORT,
                Self::EncapDport(_) => Self::ENCAP_DPORT,
                Self::CollectMetadata => Self::COLLECT_METADATA,
                Self::IgnoreDf(_) => Self::IGNORE_DF,
                Self::Fwmark(_) => Self::FWMARK,
                Self::ErspanIndex(_) => Self::ERSPAN_INDEX,
                Self::ErspanVer(_) => Self::ERSPAN_VER,
                Self::ErspanDir(_) => Self::ERSPAN_DIR,
                Self::ErspanHwid(_) => Self::ERSPAN_HWID,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Link(_) => nlw::attr_len(4),
                Self::Iflags(_) => nlw::attr_len(2),
                Self::Oflags(_) => nlw::attr_len(2),
                Self::Ikey(_) => nlw::attr_len(4),
                Self::Okey(_) => nlw::attr_len(4),
                Self::Local(v) => nlw::ynl::ip_len(v),
                Self::Remote(v) => nlw::ynl::ip_len(v),
                Self::Ttl(_) => nlw::attr_len(1),
                Self::Tos(_) => nlw::attr_len(1),
                Self::Pmtudisc(_) => nlw::attr_len(1),
                Self::EncapLimit(_) => nlw::attr_len(4),
                Self::Flowinfo(_) => nlw::attr_len(4),
                Self::Flags(_) => nlw::attr_len(4),
                Self::EncapType(_) => nlw::attr_len(2),
                Self::EncapFlags(_) => nlw::attr_len(2),
                Self::EncapSport(_) => nlw::attr_len(2),
                Self::EncapDport(_) => nlw::attr_len(2),
                Self::CollectMetadata => nlw::attr_len(0),
                Self::IgnoreDf(_) => nlw::attr_len(1),
                Self::Fwmark(_) => nlw::attr_len(4),
                Self::ErspanIndex(_) => nlw::attr_len(4),
                Self::ErspanVer(_) => nlw::attr_len(1),
                Self::ErspanDir(_) => nlw::attr_len(1),
                Self::ErspanHwid(_) => nlw::attr_len(2),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Link(v) => {
                    const T: u16 = LinkinfoGreAttrs::LINK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Iflags(v) => {
                    const T: u16 = LinkinfoGreAttrs::IFLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Oflags(v) => {
                    const T: u16 = LinkinfoGreAttrs::OFLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Ikey(v) => {
                    const T: u16 = LinkinfoGreAttrs::IKEY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Okey(v) => {
                    const T: u16 = LinkinfoGreAttrs::OKEY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Local(v) => {
                    const T: u16 = LinkinfoGreAttrs::LOCAL;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Remote(v) => {
                    const T: u16 = LinkinfoGreAttrs::REMOTE;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Ttl(v) => {
                    const T: u16 = LinkinfoGreAttrs::TTL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Tos(v) => {
                    const T: u16 = LinkinfoGreAttrs::TOS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pmtudisc(v) => {
                    const T: u16 = LinkinfoGreAttrs::PMTUDISC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapLimit(v) => {
                    const T: u16 = LinkinfoGreAttrs::ENCAP_LIMIT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flowinfo(v) => {
                    const T: u16 = LinkinfoGreAttrs::FLOWINFO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flags(v) => {
                    const T: u16 = LinkinfoGreAttrs::FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapType(v) => {
                    const T: u16 = LinkinfoGreAttrs::ENCAP_TYPE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapFlags(v) => {
                    const T: u16 = LinkinfoGreAttrs::ENCAP_FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapSport(v) => {
                    const T: u16 = LinkinfoGreAttrs::ENCAP_SPORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapDport(v) => {
                    const T: u16 = LinkinfoGreAttrs::ENCAP_DPORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CollectMetadata => {
                    const T: u16 = LinkinfoGreAttrs::COLLECT_METADATA;
                    b.attr_flag(T);
                }
                Self::IgnoreDf(v) => {
                    const T: u16 = LinkinfoGreAttrs::IGNORE_DF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Fwmark(v) => {
                    const T: u16 = LinkinfoGreAttrs::FWMARK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ErspanIndex(v) => {
                    const T: u16 = LinkinfoGreAttrs::ERSPAN_INDEX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ErspanVer(v) => {
                    const T: u16 = LinkinfoGreAttrs::ERSPAN_VER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ErspanDir(v) => {
                    const T: u16 = LinkinfoGreAttrs::ERSPAN_DIR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ErspanHwid(v) => {
                    const T: u16 = LinkinfoGreAttrs::ERSPAN_HWID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoGreAttrs::LINK | LinkinfoGreAttrs::IFLAGS | LinkinfoGreAttrs::OFLAGS | LinkinfoGreAttrs::IKEY | LinkinfoGreAttrs::OKEY | LinkinfoGreAttrs::LOCAL | LinkinfoGreAttrs::REMOTE | LinkinfoGreAttrs::TTL | LinkinfoGreAttrs::TOS | LinkinfoGreAttrs::PMTUDISC | LinkinfoGreAttrs::ENCAP_LIMIT | LinkinfoGreAttrs::FLOWINFO | LinkinfoGreAttrs::FLAGS | LinkinfoGreAttrs::ENCAP_TYPE | LinkinfoGreAttrs::ENCAP_FLAGS | LinkinfoGreAttrs::ENCAP_SPORT | LinkinfoGreAttrs::ENCAP_DPORT | LinkinfoGreAttrs::COLLECT_METADATA | LinkinfoGreAttrs::IGNORE_DF | LinkinfoGreAttrs::FWMARK | LinkinfoGreAttrs::ERSPAN_INDEX | LinkinfoGreAttrs::ERSPAN_VER | LinkinfoGreAttrs::ERSPAN_DIR | LinkinfoGreAttrs::ERSPAN_HWID) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-geneve-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoGeneveAttrs<'a> {
        /// `id` (type 1, u32).
        Id(u32),
        /// `remote` (type 2, binary).
        Remote(std::net::IpAddr),
        /// `ttl` (type 3, u8).
        Ttl(u8),
        /// `tos` (type 4, u8).
        Tos(u8),
        /// `port` (type 5, u16).
        Port(u16),
        /// `collect-metadata` (type 6, flag).
        CollectMetadata,
        /// `remote6` (type 7, binary).
        Remote6(std::net::IpAddr),
        /// `udp-csum` (type 8, u8).
        UdpCsum(u8),
        /// `udp-zero-csum6-tx` (type 9, u8).
        UdpZeroCsum6Tx(u8),
        /// `udp-zero-csum6-rx` (type 10, u8).
        UdpZeroCsum6Rx(u8),
        /// `label` (type 11, u32).
        Label(u32),
        /// `ttl-inherit` (type 12, u8).
        TtlInherit(u8),
        /// `df` (type 13, u8).
        Df(u8),
        /// `inner-proto-inherit` (type 14, flag).
        InnerProtoInherit,
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoGeneveAttrs<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `remote`.
        pub const REMOTE: u16 = 2;
        /// Type number of `ttl`.
        pub const TTL: u16 = 3;
        /// Type number of `tos`.
        pub const TOS: u16 = 4;
        /// Type number of `port`.
        pub const PORT: u16 = 5;
        /// Type number of `collect-metadata`.
        pub const COLLECT_METADATA: u16 = 6;
        /// Type number of `remote6`.
        pub const REMOTE6: u16 = 7;
        /// Type number of `udp-csum`.
        pub const UDP_CSUM: u16 = 8;
        /// Type number of `udp-zero-csum6-tx`.
        pub const UDP_ZERO_CSUM6_TX: u16 = 9;
        /// Type number of `udp-zero-csum6-rx`.
        pub const UDP_ZERO_CSUM6_RX: u16 = 10;
        /// Type number of `label`.
        pub const LABEL: u16 = 11;
        /// Type number of `ttl-inherit`.
        pub const TTL_INHERIT: u16 = 12;
        /// Type number of `df`.
        pub const DF: u16 = 13;
        /// Type number of `inner-proto-inherit`.
        pub const INNER_PROTO_INHERIT: u16 = 14;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoGeneveAttrs<'a> {
        const SET: &'static str = "linkinfo-geneve-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::REMOTE => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Remote(v),
                    None => Self::Other(a),
                },
                Self::TTL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Ttl(v),
                    None => Self::Other(a),
                },
                Self::TOS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Tos(v),
                    None => Self::Other(a),
                },
                Self::PORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Port(v),
                    None => Self::Other(a),
                },
                Self::COLLECT_METADATA if a.value.is_empty() => Self::CollectMetadata,
                Self::REMOTE6 => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Remote6(v),
                    None => Self::Other(a),
                },
                Self::UDP_CSUM => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UdpCsum(v),
                    None => Self::Other(a),
                },
                Self::UDP_ZERO_CSUM6_TX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UdpZeroCsum6Tx(v),
                    None => Self::Other(a),
                },
                Self::UDP_ZERO_CSUM6_RX => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::UdpZeroCsum6Rx(v),
                    None => Self::Other(a),
                },
                Self::LABEL => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Label(v),
                    None => Self::Other(a),
                },
                Self::TTL_INHERIT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::TtlInherit(v),
                    None => Self::Other(a),
                },
                Self::DF => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Df(v),
                    None => Self::Other(a),
                },
                Self::INNER_PROTO_INHERIT if a.value.is_empty() => Self::InnerProtoInherit,
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Remote(_) => Self::REMOTE,
                Self::Ttl(_) => Self::TTL,
                Self::Tos(_) => Self::TOS,
                Self::Port(_) => Self::PORT,
                Self::CollectMetadata => Self::COLLECT_METADATA,
                Self::Remote6(_) => Self::REMOTE6,
                Self::UdpCsum(_) => Self::UDP_CSUM,
                Self::UdpZeroCsum6Tx(_) => Self::UDP_ZERO_CSUM6_TX,
                Self::UdpZeroCsum6Rx(_) => Self::UDP_ZERO_CSUM6_RX,
                Self::Label(_) => Self::LABEL,
                Self::TtlInherit(_) => Self::TTL_INHERIT,
                Self::Df(_) => Self::DF,
                Self::InnerProtoInherit => Self::INNER_PROTO_INHERIT,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(_) => nlw::attr_len(4),
                Self::Remote(v) => nlw::ynl::ip_len(v),
                Self::Ttl(_) => nlw::attr_len(1),
                Self::Tos(_) => nlw::attr_len(1),
                Self::Port(_) => nlw::attr_len(2),
                Self::CollectMetadata => nlw::attr_len(0),
                Self::Remote6(v) => nlw::ynl::ip_len(v),
                Self::UdpCsum(_) => nlw::attr_len(1),
                Self::UdpZeroCsum6Tx(_) => nlw::attr_len(1),
                Self::UdpZeroCsum6Rx(_) => nlw::attr_len(1),
                Self::Label(_) => nlw::attr_len(4),
                Self::TtlInherit(_) => nlw::attr_len(1),
                Self::Df(_) => nlw::attr_len(1),
                Self::InnerProtoInherit => nlw::attr_len(0),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Remote(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::REMOTE;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Ttl(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::TTL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Tos(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::TOS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Port(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::PORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CollectMetadata => {
                    const T: u16 = LinkinfoGeneveAttrs::COLLECT_METADATA;
                    b.attr_flag(T);
                }
                Self::Remote6(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::REMOTE6;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::UdpCsum(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::UDP_CSUM;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UdpZeroCsum6Tx(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::UDP_ZERO_CSUM6_TX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::UdpZeroCsum6Rx(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::UDP_ZERO_CSUM6_RX;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Label(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::LABEL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::TtlInherit(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::TTL_INHERIT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Df(v) => {
                    const T: u16 = LinkinfoGeneveAttrs::DF;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::InnerProtoInherit => {
                    const T: u16 = LinkinfoGeneveAttrs::INNER_PROTO_INHERIT;
                    b.attr_flag(T);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoGeneveAttrs::ID | LinkinfoGeneveAttrs::REMOTE | LinkinfoGeneveAttrs::TTL | LinkinfoGeneveAttrs::TOS | LinkinfoGeneveAttrs::PORT | LinkinfoGeneveAttrs::COLLECT_METADATA | LinkinfoGeneveAttrs::REMOTE6 | LinkinfoGeneveAttrs::UDP_CSUM | LinkinfoGeneveAttrs::UDP_ZERO_CSUM6_TX | LinkinfoGeneveAttrs::UDP_ZERO_CSUM6_RX | LinkinfoGeneveAttrs::LABEL | LinkinfoGeneveAttrs::TTL_INHERIT | LinkinfoGeneveAttrs::DF | LinkinfoGeneveAttrs::INNER_PROTO_INHERIT) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-iptun-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoIptunAttrs<'a> {
        /// `link` (type 1, u32).
        Link(u32),
        /// `local` (type 2, binary).
        Local(std::net::IpAddr),
        /// `remote` (type 3, binary).
        Remote(std::net::IpAddr),
        /// `ttl` (type 4, u8).
        Ttl(u8),
        /// `tos` (type 5, u8).
        Tos(u8),
        /// `encap-limit` (type 6, u8).
        EncapLimit(u8),
        /// `flowinfo` (type 7, u32).
        Flowinfo(u32),
        /// `flags` (type 8, u16).
        Flags(u16),
        /// `proto` (type 9, u8).
        Proto(u8),
        /// `pmtudisc` (type 10, u8).
        Pmtudisc(u8),
        /// `6rd-prefix` (type 11, binary).
        V6rdPrefix(std::net::IpAddr),
        /// `6rd-relay-prefix` (type 12, binary).
        V6rdRelayPrefix(std::net::IpAddr),
        /// `6rd-prefixlen` (type 13, u16).
        V6rdPrefixlen(u16),
        /// `6rd-relay-prefixlen` (type 14, u16).
        V6rdRelayPrefixlen(u16),
        /// `encap-type` (type 15, u16).
        EncapType(u16),
        /// `encap-flags` (type 16, u16).
        EncapFlags(u16),
        /// `encap-sport` (type 17, u16).
        EncapSport(u16),
        /// `encap-dport` (type 18, u16).
        EncapDport(u16),
        /// `collect-metadata` (type 19, flag).
        CollectMetadata,
        /// `fwmark` (type 20, u32).
        Fwmark(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoIptunAttrs<'_> {
        /// Type number of `link`.
        pub const LINK: u16 = 1;
        /// Type number of `local`.
        pub const LOCAL: u16 = 2;
        /// Type number of `remote`.
        pub const REMOTE: u16 = 3;
        /// Type number of `ttl`.
        pub const TTL: u16 = 4;
        /// Type number of `tos`.
        pub const TOS: u16 = 5;
        /// Type number of `encap-limit`.
        pub const ENCAP_LIMIT: u16 = 6;
        /// Type number of `flowinfo`.
        pub const FLOWINFO: u16 = 7;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 8;
        /// Type number of `proto`.
        pub const PROTO: u16 = 9;
        /// Type number of `pmtudisc`.
        pub const PMTUDISC: u16 = 10;
        /// Type number of `6rd-prefix`.
        pub const _6RD_PREFIX: u16 = 11;
        /// Type number of `6rd-relay-prefix`.
        pub const _6RD_RELAY_PREFIX: u16 = 12;
        /// Type number of `6rd-prefixlen`.
        pub const _6RD_PREFIXLEN: u16 = 13;
        /// Type number of `6rd-relay-prefixlen`.
        pub const _6RD_RELAY_PREFIXLEN: u16 = 14;
        /// Type number of `encap-type`.
        pub const ENCAP_TYPE: u16 = 15;
        /// Type number of `encap-flags`.
        pub const ENCAP_FLAGS: u16 = 16;
        /// Type number of `encap-sport`.
        pub const ENCAP_SPORT: u16 = 17;
        /// Type number of `encap-dport`.
        pub const ENCAP_DPORT: u16 = 18;
        /// Type number of `collect-metadata`.
        pub const COLLECT_METADATA: u16 = 19;
        /// Type number of `fwmark`.
        pub const FWMARK: u16 = 20;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoIptunAttrs<'a> {
        const SET: &'static str = "linkinfo-iptun-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::LINK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Link(v),
                    None => Self::Other(a),
                },
                Self::LOCAL => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Local(v),
                    None => Self::Other(a),
                },
                Self::REMOTE => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Remote(v),
                    None => Self::Other(a),
                },
                Self::TTL => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Ttl(v),
                    None => Self::Other(a),
                },
                Self::TOS => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Tos(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_LIMIT => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::EncapLimit(v),
                    None => Self::Other(a),
                },
                Self::FLOWINFO => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flowinfo(v),
                    None => Self::Other(a),
                },
                Self::FLAGS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::PROTO => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Proto(v),
                    None => Self::Other(a),
                },
                Self::PMTUDISC => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Pmtudisc(v),
                    None => Self::Other(a),
                },
                Self::_6RD_PREFIX => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::V6rdPrefix(v),
                    None => Self::Other(a),
                },
                Self::_6RD_RELAY_PREFIX => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::V6rdRelayPrefix(v),
                    None => Self::Other(a),
                },
                Self::_6RD_PREFIXLEN => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::V6rdPrefixlen(v),
                    None => Self::Other(a),
                },
                Self::_6RD_RELAY_PREFIXLEN => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::V6rdRelayPrefixlen(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_TYPE => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapType(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_FLAGS => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapFlags(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_SPORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapSport(v),
                    None => Self::Other(a),
                },
                Self::ENCAP_DPORT => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::EncapDport(v),
                    None => Self::Other(a),
                },
                Self::COLLECT_METADATA if a.value.is_empty() => Self::CollectMetadata,
                Self::FWMARK => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Fwmark(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Link(_) => Self::LINK,
                Self::Local(_) => Self::LOCAL,
                Self::Remote(_) => Self::REMOTE,
                Self::Ttl(_) => Self::TTL,
                Self::Tos(_) => Self::TOS,
                Self::EncapLimit(_) => Self::ENCAP_LIMIT,
                Self::Flowinfo(_) => Self::FLOWINFO,
                Self::Flags(_) => Self::FLAGS,
                Self::Proto(_) => Self::PROTO,
                Self::Pmtudisc(_) => Self::PMTUDISC,
                Self::V6rdPrefix(_) => Self::_6RD_PREFIX,
                Self::V6rdRelayPrefix(_) => Self::_6RD_RELAY_PREFIX,
                Self::V6rdPrefixlen(_) => Self::_6RD_PREFIXLEN,
                Self::V6rdRelayPrefixlen(_) => Self::_6RD_RELAY_PREFIXLEN,
                Self::EncapType(_) => Self::ENCAP_TYPE,
                Self::EncapFlags(_) => Self::ENCAP_FLAGS,
                Self::EncapSport(_) => Self::ENCAP_SPORT,
                Self::EncapDport(_) => Self::ENCAP_DPORT,
                Self::CollectMetadata => Self::COLLECT_METADATA,
                Self::Fwmark(_) => Self::FWMARK,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Link(_) => nlw::attr_len(4),
                Self::Local(v) => nlw::ynl::ip_len(v),
                Self::Remote(v) => nlw::ynl::ip_len(v),
                Self::Ttl(_) => nlw::attr_len(1),
                Self::Tos(_) => nlw::attr_len(1),
                Self::EncapLimit(_) => nlw::attr_len(1),
                Self::Flowinfo(_) => nlw::attr_len(4),
                Self::Flags(_) => nlw::attr_len(2),
                Self::Proto(_) => nlw::attr_len(1),
                Self::Pmtudisc(_) => nlw::attr_len(1),
                Self::V6rdPrefix(v) => nlw::ynl::ip_len(v),
                Self::V6rdRelayPrefix(v) => nlw::ynl::ip_len(v),
                Self::V6rdPrefixlen(_) => nlw::attr_len(2),
                Self::V6rdRelayPrefixlen(_) => nlw::attr_len(2),
                Self::EncapType(_) => nlw::attr_len(2),
                Self::EncapFlags(_) => nlw::attr_len(2),
                Self::EncapSport(_) => nlw::attr_len(2),
                Self::EncapDport(_) => nlw::attr_len(2),
                Self::CollectMetadata => nlw::attr_len(0),
                Self::Fwmark(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Link(v) => {
                    const T: u16 = LinkinfoIptunAttrs::LINK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Local(v) => {
                    const T: u16 = LinkinfoIptunAttrs::LOCAL;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Remote(v) => {
                    const T: u16 = LinkinfoIptunAttrs::REMOTE;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::Ttl(v) => {
                    const T: u16 = LinkinfoIptunAttrs::TTL;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Tos(v) => {
                    const T: u16 = LinkinfoIptunAttrs::TOS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapLimit(v) => {
                    const T: u16 = LinkinfoIptunAttrs::ENCAP_LIMIT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flowinfo(v) => {
                    const T: u16 = LinkinfoIptunAttrs::FLOWINFO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flags(v) => {
                    const T: u16 = LinkinfoIptunAttrs::FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Proto(v) => {
                    const T: u16 = LinkinfoIptunAttrs::PROTO;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pmtudisc(v) => {
                    const T: u16 = LinkinfoIptunAttrs::PMTUDISC;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::V6rdPrefix(v) => {
                    const T: u16 = LinkinfoIptunAttrs::_6RD_PREFIX;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::V6rdRelayPrefix(v) => {
                    const T: u16 = LinkinfoIptunAttrs::_6RD_RELAY_PREFIX;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::V6rdPrefixlen(v) => {
                    const T: u16 = LinkinfoIptunAttrs::_6RD_PREFIXLEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::V6rdRelayPrefixlen(v) => {
                    const T: u16 = LinkinfoIptunAttrs::_6RD_RELAY_PREFIXLEN;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapType(v) => {
                    const T: u16 = LinkinfoIptunAttrs::ENCAP_TYPE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapFlags(v) => {
                    const T: u16 = LinkinfoIptunAttrs::ENCAP_FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapSport(v) => {
                    const T: u16 = LinkinfoIptunAttrs::ENCAP_SPORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::EncapDport(v) => {
                    const T: u16 = LinkinfoIptunAttrs::ENCAP_DPORT;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::CollectMetadata => {
                    const T: u16 = LinkinfoIptunAttrs::COLLECT_METADATA;
                    b.attr_flag(T);
                }
                Self::Fwmark(v) => {
                    const T: u16 = LinkinfoIptunAttrs::FWMARK;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoIptunAttrs::LINK | LinkinfoIptunAttrs::LOCAL | LinkinfoIptunAttrs::REMOTE | LinkinfoIptunAttrs::TTL | LinkinfoIptunAttrs::TOS | LinkinfoIptunAttrs::ENCAP_LIMIT | LinkinfoIptunAttrs::FLOWINFO | LinkinfoIptunAttrs::FLAGS | LinkinfoIptunAttrs::PROTO | LinkinfoIptunAttrs::PMTUDISC | LinkinfoIptunAttrs::_6RD_PREFIX | LinkinfoIptunAttrs::_6RD_RELAY_PREFIX | LinkinfoIptunAttrs::_6RD_PREFIXLEN | LinkinfoIptunAttrs::_6RD_RELAY_PREFIXLEN | LinkinfoIptunAttrs::ENCAP_TYPE | LinkinfoIptunAttrs::ENCAP_FLAGS | LinkinfoIptunAttrs::ENCAP_SPORT | LinkinfoIptunAttrs::ENCAP_DPORT | LinkinfoIptunAttrs::COLLECT_METADATA | LinkinfoIptunAttrs::FWMARK) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-tun-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoTunAttrs<'a> {
        /// `owner` (type 1, u32).
        Owner(u32),
        /// `group` (type 2, u32).
        Group(u32),
        /// `type` (type 3, u8).
        Type(u8),
        /// `pi` (type 4, u8).
        Pi(u8),
        /// `vnet-hdr` (type 5, u8).
        VnetHdr(u8),
        /// `persist` (type 6, u8).
        Persist(u8),
        /// `multi-queue` (type 7, u8).
        MultiQueue(u8),
        /// `num-queues` (type 8, u32).
        NumQueues(u32),
        /// `num-disabled-queues` (type 9, u32).
        NumDisabledQueues(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoTunAttrs<'_> {
        /// Type number of `owner`.
        pub const OWNER: u16 = 1;
        /// Type number of `group`.
        pub const GROUP: u16 = 2;
        /// Type number of `type`.
        pub const TYPE: u16 = 3;
        /// Type number of `pi`.
        pub const PI: u16 = 4;
        /// Type number of `vnet-hdr`.
        pub const VNET_HDR: u16 = 5;
        /// Type number of `persist`.
        pub const PERSIST: u16 = 6;
        /// Type number of `multi-queue`.
        pub const MULTI_QUEUE: u16 = 7;
        /// Type number of `num-queues`.
        pub const NUM_QUEUES: u16 = 8;
        /// Type number of `num-disabled-queues`.
        pub const NUM_DISABLED_QUEUES: u16 = 9;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoTunAttrs<'a> {
        const SET: &'static str = "linkinfo-tun-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::OWNER => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Owner(v),
                    None => Self::Other(a),
                },
                Self::GROUP => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Group(v),
                    None => Self::Other(a),
                },
                Self::TYPE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Type(v),
                    None => Self::Other(a),
                },
                Self::PI => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Pi(v),
                    None => Self::Other(a),
                },
                Self::VNET_HDR => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::VnetHdr(v),
                    None => Self::Other(a),
                },
                Self::PERSIST => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Persist(v),
                    None => Self::Other(a),
                },
                Self::MULTI_QUEUE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::MultiQueue(v),
                    None => Self::Other(a),
                },
                Self::NUM_QUEUES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NumQueues(v),
                    None => Self::Other(a),
                },
                Self::NUM_DISABLED_QUEUES => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::NumDisabledQueues(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Owner(_) => Self::OWNER,
                Self::Group(_) => Self::GROUP,
                Self::Type(_) => Self::TYPE,
                Self::Pi(_) => Self::PI,
                Self::VnetHdr(_) => Self::VNET_HDR,
                Self::Persist(_) => Self::PERSIST,
                Self::MultiQueue(_) => Self::MULTI_QUEUE,
                Self::NumQueues(_) => Self::NUM_QUEUES,
                Self::NumDisabledQueues(_) => Self::NUM_DISABLED_QUEUES,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Owner(_) => nlw::attr_len(4),
                Self::Group(_) => nlw::attr_len(4),
                Self::Type(_) => nlw::attr_len(1),
                Self::Pi(_) => nlw::attr_len(1),
                Self::VnetHdr(_) => nlw::attr_len(1),
                Self::Persist(_) => nlw::attr_len(1),
                Self::MultiQueue(_) => nlw::attr_len(1),
                Self::NumQueues(_) => nlw::attr_len(4),
                Self::NumDisabledQueues(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Owner(v) => {
                    const T: u16 = LinkinfoTunAttrs::OWNER;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Group(v) => {
                    const T: u16 = LinkinfoTunAttrs::GROUP;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Type(v) => {
                    const T: u16 = LinkinfoTunAttrs::TYPE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Pi(v) => {
                    const T: u16 = LinkinfoTunAttrs::PI;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::VnetHdr(v) => {
                    const T: u16 = LinkinfoTunAttrs::VNET_HDR;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Persist(v) => {
                    const T: u16 = LinkinfoTunAttrs::PERSIST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::MultiQueue(v) => {
                    const T: u16 = LinkinfoTunAttrs::MULTI_QUEUE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NumQueues(v) => {
                    const T: u16 = LinkinfoTunAttrs::NUM_QUEUES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::NumDisabledQueues(v) => {
                    const T: u16 = LinkinfoTunAttrs::NUM_DISABLED_QUEUES;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoTunAttrs::OWNER | LinkinfoTunAttrs::GROUP | LinkinfoTunAttrs::TYPE | LinkinfoTunAttrs::PI | LinkinfoTunAttrs::VNET_HDR | LinkinfoTunAttrs::PERSIST | LinkinfoTunAttrs::MULTI_QUEUE | LinkinfoTunAttrs::NUM_QUEUES | LinkinfoTunAttrs::NUM_DISABLED_QUEUES) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-vlan-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoVlanAttrs<'a> {
        /// `id` (type 1, u16).
        Id(u16),
        /// `flag` (type 2, binary).
        Flag(nlw::ynl::Struct<'a, super::defs::IflaVlanFlags>),
        /// `egress-qos` (type 3, nest).
        EgressQos(nlw::ynl::Nest<'a, IflaVlanQos<'a>>),
        /// `ingress-qos` (type 4, nest).
        IngressQos(nlw::ynl::Nest<'a, IflaVlanQos<'a>>),
        /// `protocol` (type 5, u16).
        Protocol(super::defs::VlanProtocols),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoVlanAttrs<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
        /// Type number of `flag`.
        pub const FLAG: u16 = 2;
        /// Type number of `egress-qos`.
        pub const EGRESS_QOS: u16 = 3;
        /// Type number of `ingress-qos`.
        pub const INGRESS_QOS: u16 = 4;
        /// Type number of `protocol`.
        pub const PROTOCOL: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoVlanAttrs<'a> {
        const SET: &'static str = "linkinfo-vlan-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match a.array::<2>().ok().map(u16::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                Self::FLAG => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Flag(v),
                    None => Self::Other(a),
                },
                Self::EGRESS_QOS => Self::EgressQos(nlw::ynl::Nest::Wire(a.value)),
                Self::INGRESS_QOS => Self::IngressQos(nlw::ynl::Nest::Wire(a.value)),
                Self::PROTOCOL => match a.array::<2>().ok().map(u16::from_be_bytes).map(|x| super::defs::VlanProtocols(x as u32)) {
                    Some(v) => Self::Protocol(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Flag(_) => Self::FLAG,
                Self::EgressQos(_) => Self::EGRESS_QOS,
                Self::IngressQos(_) => Self::INGRESS_QOS,
                Self::Protocol(_) => Self::PROTOCOL,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(_) => nlw::attr_len(2),
                Self::Flag(v) => v.encoded_len(),
                Self::EgressQos(v) => v.encoded_len(),
                Self::IngressQos(v) => v.encoded_len(),
                Self::Protocol(_) => nlw::attr_len(2),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = LinkinfoVlanAttrs::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flag(v) => {
                    const T: u16 = LinkinfoVlanAttrs::FLAG;
                    v.emit(T, b);
                }
                Self::EgressQos(v) => {
                    const T: u16 = LinkinfoVlanAttrs::EGRESS_QOS;
                    v.emit(T, b);
                }
                Self::IngressQos(v) => {
                    const T: u16 = LinkinfoVlanAttrs::INGRESS_QOS;
                    v.emit(T, b);
                }
                Self::Protocol(v) => {
                    const T: u16 = LinkinfoVlanAttrs::PROTOCOL;
                    b.attr(T, &(v.0 as u16).to_be_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::EgressQos(v) => {
                    const T: u16 = LinkinfoVlanAttrs::EGRESS_QOS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::IngressQos(v) => {
                    const T: u16 = LinkinfoVlanAttrs::INGRESS_QOS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, LinkinfoVlanAttrs::ID | LinkinfoVlanAttrs::FLAG | LinkinfoVlanAttrs::EGRESS_QOS | LinkinfoVlanAttrs::INGRESS_QOS | LinkinfoVlanAttrs::PROTOCOL) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `ifla-vlan-qos`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum IflaVlanQos<'a> {
        /// `mapping` (type 1, binary).
        Mapping(nlw::ynl::Struct<'a, super::defs::IflaVlanQosMapping>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl IflaVlanQos<'_> {
        /// Type number of `mapping`.
        pub const MAPPING: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for IflaVlanQos<'a> {
        const SET: &'static str = "ifla-vlan-qos";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::MAPPING => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Mapping(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Mapping(_) => Self::MAPPING,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Mapping(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Mapping(v) => {
                    const T: u16 = IflaVlanQos::MAPPING;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, IflaVlanQos::MAPPING) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-vrf-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoVrfAttrs<'a> {
        /// `table` (type 1, u32).
        Table(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoVrfAttrs<'_> {
        /// Type number of `table`.
        pub const TABLE: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoVrfAttrs<'a> {
        const SET: &'static str = "linkinfo-vrf-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::TABLE => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Table(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Table(_) => Self::TABLE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Table(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Table(v) => {
                    const T: u16 = LinkinfoVrfAttrs::TABLE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoVrfAttrs::TABLE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `xdp-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum XdpAttrs<'a> {
        /// `fd` (type 1, s32).
        Fd(i32),
        /// `attached` (type 2, u8).
        Attached(u8),
        /// `flags` (type 3, u32).
        Flags(u32),
        /// `prog-id` (type 4, u32).
        ProgId(u32),
        /// `drv-prog-id` (type 5, u32).
        DrvProgId(u32),
        /// `skb-prog-id` (type 6, u32).
        SkbProgId(u32),
        /// `hw-prog-id` (type 7, u32).
        HwProgId(u32),
        /// `expected-fd` (type 8, s32).
        ExpectedFd(i32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl XdpAttrs<'_> {
        /// Type number of `fd`.
        pub const FD: u16 = 1;
        /// Type number of `attached`.
        pub const ATTACHED: u16 = 2;
        /// Type number of `flags`.
        pub const FLAGS: u16 = 3;
        /// Type number of `prog-id`.
        pub const PROG_ID: u16 = 4;
        /// Type number of `drv-prog-id`.
        pub const DRV_PROG_ID: u16 = 5;
        /// Type number of `skb-prog-id`.
        pub const SKB_PROG_ID: u16 = 6;
        /// Type number of `hw-prog-id`.
        pub const HW_PROG_ID: u16 = 7;
        /// Type number of `expected-fd`.
        pub const EXPECTED_FD: u16 = 8;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for XdpAttrs<'a> {
        const SET: &'static str = "xdp-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::FD => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::Fd(v),
                    None => Self::Other(a),
                },
                Self::ATTACHED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Attached(v),
                    None => Self::Other(a),
                },
                Self::FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::PROG_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::ProgId(v),
                    None => Self::Other(a),
                },
                Self::DRV_PROG_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::DrvProgId(v),
                    None => Self::Other(a),
                },
                Self::SKB_PROG_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::SkbProgId(v),
                    None => Self::Other(a),
                },
                Self::HW_PROG_ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::HwProgId(v),
                    None => Self::Other(a),
                },
                Self::EXPECTED_FD => match a.array::<4>().ok().map(i32::from_ne_bytes) {
                    Some(v) => Self::ExpectedFd(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Fd(_) => Self::FD,
                Self::Attached(_) => Self::ATTACHED,
                Self::Flags(_) => Self::FLAGS,
                Self::ProgId(_) => Self::PROG_ID,
                Self::DrvProgId(_) => Self::DRV_PROG_ID,
                Self::SkbProgId(_) => Self::SKB_PROG_ID,
                Self::HwProgId(_) => Self::HW_PROG_ID,
                Self::ExpectedFd(_) => Self::EXPECTED_FD,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Fd(_) => nlw::attr_len(4),
                Self::Attached(_) => nlw::attr_len(1),
                Self::Flags(_) => nlw::attr_len(4),
                Self::ProgId(_) => nlw::attr_len(4),
                Self::DrvProgId(_) => nlw::attr_len(4),
                Self::SkbProgId(_) => nlw::attr_len(4),
                Self::HwProgId(_) => nlw::attr_len(4),
                Self::ExpectedFd(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Fd(v) => {
                    const T: u16 = XdpAttrs::FD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Attached(v) => {
                    const T: u16 = XdpAttrs::ATTACHED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Flags(v) => {
                    const T: u16 = XdpAttrs::FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ProgId(v) => {
                    const T: u16 = XdpAttrs::PROG_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::DrvProgId(v) => {
                    const T: u16 = XdpAttrs::DRV_PROG_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::SkbProgId(v) => {
                    const T: u16 = XdpAttrs::SKB_PROG_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::HwProgId(v) => {
                    const T: u16 = XdpAttrs::HW_PROG_ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::ExpectedFd(v) => {
                    const T: u16 = XdpAttrs::EXPECTED_FD;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, XdpAttrs::FD | XdpAttrs::ATTACHED | XdpAttrs::FLAGS | XdpAttrs::PROG_ID | XdpAttrs::DRV_PROG_ID | XdpAttrs::SKB_PROG_ID | XdpAttrs::HW_PROG_ID | XdpAttrs::EXPECTED_FD) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `ifla-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum IflaAttrs<'a> {
        /// `conf` (type 1, binary).
        Conf(nlw::ynl::Struct<'a, super::defs::Ipv4Devconf>),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl IflaAttrs<'_> {
        /// Type number of `conf`.
        pub const CONF: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for IflaAttrs<'a> {
        const SET: &'static str = "ifla-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::CONF => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Conf(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Conf(_) => Self::CONF,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Conf(v) => v.encoded_len(),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Conf(v) => {
                    const T: u16 = IflaAttrs::CONF;
                    v.emit(T, b);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, IflaAttrs::CONF) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `ifla6-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Ifla6Attrs<'a> {
        /// `flags` (type 1, u32).
        Flags(u32),
        /// `conf` (type 2, binary).
        Conf(nlw::ynl::Struct<'a, super::defs::Ipv6Devconf>),
        /// `stats` (type 3, binary).
        Stats(nlw::ynl::Struct<'a, super::defs::IflaInet6Stats>),
        /// `mcast` (type 4, binary).
        Mcast(&'a [u8]),
        /// `cacheinfo` (type 5, binary).
        Cacheinfo(nlw::ynl::Struct<'a, super::defs::IflaCacheinfo>),
        /// `icmp6-stats` (type 6, binary).
        Icmp6Stats(nlw::ynl::Struct<'a, super::defs::IflaIcmp6Stats>),
        /// `token` (type 7, binary).
        Token(std::net::IpAddr),
        /// `addr-gen-mode` (type 8, u8).
        AddrGenMode(u8),
        /// `ra-mtu` (type 9, u32).
        RaMtu(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl Ifla6Attrs<'_> {
        /// Type number of `flags`.
        pub const FLAGS: u16 = 1;
        /// Type number of `conf`.
        pub const CONF: u16 = 2;
        /// Type number of `stats`.
        pub const STATS: u16 = 3;
        /// Type number of `mcast`.
        pub const MCAST: u16 = 4;
        /// Type number of `cacheinfo`.
        pub const CACHEINFO: u16 = 5;
        /// Type number of `icmp6-stats`.
        pub const ICMP6_STATS: u16 = 6;
        /// Type number of `token`.
        pub const TOKEN: u16 = 7;
        /// Type number of `addr-gen-mode`.
        pub const ADDR_GEN_MODE: u16 = 8;
        /// Type number of `ra-mtu`.
        pub const RA_MTU: u16 = 9;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for Ifla6Attrs<'a> {
        const SET: &'static str = "ifla6-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::FLAGS => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Flags(v),
                    None => Self::Other(a),
                },
                Self::CONF => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Conf(v),
                    None => Self::Other(a),
                },
                Self::STATS => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Stats(v),
                    None => Self::Other(a),
                },
                Self::MCAST => Self::Mcast(a.value),
                Self::CACHEINFO => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Cacheinfo(v),
                    None => Self::Other(a),
                },
                Self::ICMP6_STATS => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Icmp6Stats(v),
                    None => Self::Other(a),
                },
                Self::TOKEN => match nlw::ynl::ip_of(a.value) {
                    Some(v) => Self::Token(v),
                    None => Self::Other(a),
                },
                Self::ADDR_GEN_MODE => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::AddrGenMode(v),
                    None => Self::Other(a),
                },
                Self::RA_MTU => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::RaMtu(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Flags(_) => Self::FLAGS,
                Self::Conf(_) => Self::CONF,
                Self::Stats(_) => Self::STATS,
                Self::Mcast(_) => Self::MCAST,
                Self::Cacheinfo(_) => Self::CACHEINFO,
                Self::Icmp6Stats(_) => Self::ICMP6_STATS,
                Self::Token(_) => Self::TOKEN,
                Self::AddrGenMode(_) => Self::ADDR_GEN_MODE,
                Self::RaMtu(_) => Self::RA_MTU,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Flags(_) => nlw::attr_len(4),
                Self::Conf(v) => v.encoded_len(),
                Self::Stats(v) => v.encoded_len(),
                Self::Mcast(v) => nlw::attr_len(v.len()),
                Self::Cacheinfo(v) => v.encoded_len(),
                Self::Icmp6Stats(v) => v.encoded_len(),
                Self::Token(v) => nlw::ynl::ip_len(v),
                Self::AddrGenMode(_) => nlw::attr_len(1),
                Self::RaMtu(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Flags(v) => {
                    const T: u16 = Ifla6Attrs::FLAGS;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Conf(v) => {
                    const T: u16 = Ifla6Attrs::CONF;
                    v.emit(T, b);
                }
                Self::Stats(v) => {
                    const T: u16 = Ifla6Attrs::STATS;
                    v.emit(T, b);
                }
                Self::Mcast(v) => {
                    const T: u16 = Ifla6Attrs::MCAST;
                    b.attr(T, v);
                }
                Self::Cacheinfo(v) => {
                    const T: u16 = Ifla6Attrs::CACHEINFO;
                    v.emit(T, b);
                }
                Self::Icmp6Stats(v) => {
                    const T: u16 = Ifla6Attrs::ICMP6_STATS;
                    v.emit(T, b);
                }
                Self::Token(v) => {
                    const T: u16 = Ifla6Attrs::TOKEN;
                    nlw::ynl::emit_ip(b, T, v);
                }
                Self::AddrGenMode(v) => {
                    const T: u16 = Ifla6Attrs::ADDR_GEN_MODE;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::RaMtu(v) => {
                    const T: u16 = Ifla6Attrs::RA_MTU;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, Ifla6Attrs::FLAGS | Ifla6Attrs::CONF | Ifla6Attrs::STATS | Ifla6Attrs::MCAST | Ifla6Attrs::CACHEINFO | Ifla6Attrs::ICMP6_STATS | Ifla6Attrs::TOKEN | Ifla6Attrs::ADDR_GEN_MODE | Ifla6Attrs::RA_MTU) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `mctp-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum MctpAttrs<'a> {
        /// `net` (type 1, u32).
        Net(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl MctpAttrs<'_> {
        /// Type number of `net`.
        pub const NET: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for MctpAttrs<'a> {
        const SET: &'static str = "mctp-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::NET => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Net(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Net(_) => Self::NET,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Net(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Net(v) => {
                    const T: u16 = MctpAttrs::NET;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, MctpAttrs::NET) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `stats-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum StatsAttrs<'a> {
        /// `link-64` (type 1, binary).
        Link64(nlw::ynl::Struct<'a, super::defs::RtnlLinkStats64>),
        /// `link-xstats` (type 2, binary).
        LinkXstats(&'a [u8]),
        /// `link-xstats-slave` (type 3, binary).
        LinkXstatsSlave(&'a [u8]),
        /// `link-offload-xstats` (type 4, nest).
        LinkOffloadXstats(nlw::ynl::Nest<'a, LinkOffloadXstats<'a>>),
        /// `af-spec` (type 5, binary).
        AfSpec(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl StatsAttrs<'_> {
        /// Type number of `link-64`.
        pub const LINK_64: u16 = 1;
        /// Type number of `link-xstats`.
        pub const LINK_XSTATS: u16 = 2;
        /// Type number of `link-xstats-slave`.
        pub const LINK_XSTATS_SLAVE: u16 = 3;
        /// Type number of `link-offload-xstats`.
        pub const LINK_OFFLOAD_XSTATS: u16 = 4;
        /// Type number of `af-spec`.
        pub const AF_SPEC: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for StatsAttrs<'a> {
        const SET: &'static str = "stats-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::LINK_64 => match nlw::ynl::Struct::decode(a.value) {
                    Some(v) => Self::Link64(v),
                    None => Self::Other(a),
                },
                Self::LINK_XSTATS => Self::LinkXstats(a.value),
                Self::LINK_XSTATS_SLAVE => Self::LinkXstatsSlave(a.value),
                Self::LINK_OFFLOAD_XSTATS => Self::LinkOffloadXstats(nlw::ynl::Nest::Wire(a.value)),
                Self::AF_SPEC => Self::AfSpec(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Link64(_) => Self::LINK_64,
                Self::LinkXstats(_) => Self::LINK_XSTATS,
                Self::LinkXstatsSlave(_) => Self::LINK_XSTATS_SLAVE,
                Self::LinkOffloadXstats(_) => Self::LINK_OFFLOAD_XSTATS,
                Self::AfSpec(_) => Self::AF_SPEC,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Link64(v) => v.encoded_len(),
                Self::LinkXstats(v) => nlw::attr_len(v.len()),
                Self::LinkXstatsSlave(v) => nlw::attr_len(v.len()),
                Self::LinkOffloadXstats(v) => v.encoded_len(),
                Self::AfSpec(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Link64(v) => {
                    const T: u16 = StatsAttrs::LINK_64;
                    v.emit(T, b);
                }
                Self::LinkXstats(v) => {
                    const T: u16 = StatsAttrs::LINK_XSTATS;
                    b.attr(T, v);
                }
                Self::LinkXstatsSlave(v) => {
                    const T: u16 = StatsAttrs::LINK_XSTATS_SLAVE;
                    b.attr(T, v);
                }
                Self::LinkOffloadXstats(v) => {
                    const T: u16 = StatsAttrs::LINK_OFFLOAD_XSTATS;
                    v.emit(T, b);
                }
                Self::AfSpec(v) => {
                    const T: u16 = StatsAttrs::AF_SPEC;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::LinkOffloadXstats(v) => {
                    const T: u16 = StatsAttrs::LINK_OFFLOAD_XSTATS;
                    for x in v.iter() {
                        match x {
                            Ok(x) => x.untyped(out),
                            Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, StatsAttrs::LINK_64 | StatsAttrs::LINK_XSTATS | StatsAttrs::LINK_XSTATS_SLAVE | StatsAttrs::LINK_OFFLOAD_XSTATS | StatsAttrs::AF_SPEC) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `link-offload-xstats`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkOffloadXstats<'a> {
        /// `cpu-hit` (type 1, binary).
        CpuHit(&'a [u8]),
        /// `hw-s-info` (type 2, indexed-array).
        HwSInfo(nlw::ynl::Indexed<'a, nlw::ynl::Nest<'a, HwSInfoOne<'a>>>),
        /// `l3-stats` (type 3, binary).
        L3Stats(&'a [u8]),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkOffloadXstats<'_> {
        /// Type number of `cpu-hit`.
        pub const CPU_HIT: u16 = 1;
        /// Type number of `hw-s-info`.
        pub const HW_S_INFO: u16 = 2;
        /// Type number of `l3-stats`.
        pub const L3_STATS: u16 = 3;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkOffloadXstats<'a> {
        const SET: &'static str = "link-offload-xstats";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::CPU_HIT => Self::CpuHit(a.value),
                Self::HW_S_INFO => Self::HwSInfo(nlw::ynl::Indexed::Wire(a.value)),
                Self::L3_STATS => Self::L3Stats(a.value),
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::CpuHit(_) => Self::CPU_HIT,
                Self::HwSInfo(_) => Self::HW_S_INFO,
                Self::L3Stats(_) => Self::L3_STATS,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::CpuHit(v) => nlw::attr_len(v.len()),
                Self::HwSInfo(v) => v.encoded_len(),
                Self::L3Stats(v) => nlw::attr_len(v.len()),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::CpuHit(v) => {
                    const T: u16 = LinkOffloadXstats::CPU_HIT;
                    b.attr(T, v);
                }
                Self::HwSInfo(v) => {
                    const T: u16 = LinkOffloadXstats::HW_S_INFO;
                    v.emit(T, b);
                }
                Self::L3Stats(v) => {
                    const T: u16 = LinkOffloadXstats::L3_STATS;
                    b.attr(T, v);
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::HwSInfo(v) => {
                    const T: u16 = LinkOffloadXstats::HW_S_INFO;
                    for e in v.entries() {
                        match e {
                            Ok(nlw::ynl::Entry { value: Some(n), .. }) => {
                                for x in n.iter() {
                                    match x {
                                        Ok(x) => x.untyped(out),
                                        Err(_) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                                    }
                                }
                            }
                            _ => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, T)),
                        }
                    }
                }
                Self::Other(a) if matches!(a.ty, LinkOffloadXstats::CPU_HIT | LinkOffloadXstats::HW_S_INFO | LinkOffloadXstats::L3_STATS) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `hw-s-info-one`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum HwSInfoOne<'a> {
        /// `request` (type 1, u8).
        Request(u8),
        /// `used` (type 2, u8).
        Used(u8),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl HwSInfoOne<'_> {
        /// Type number of `request`.
        pub const REQUEST: u16 = 1;
        /// Type number of `used`.
        pub const USED: u16 = 2;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for HwSInfoOne<'a> {
        const SET: &'static str = "hw-s-info-one";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::REQUEST => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Request(v),
                    None => Self::Other(a),
                },
                Self::USED => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Used(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Request(_) => Self::REQUEST,
                Self::Used(_) => Self::USED,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Request(_) => nlw::attr_len(1),
                Self::Used(_) => nlw::attr_len(1),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Request(v) => {
                    const T: u16 = HwSInfoOne::REQUEST;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Used(v) => {
                    const T: u16 = HwSInfoOne::USED;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, HwSInfoOne::REQUEST | HwSInfoOne::USED) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `link-dpll-pin-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkDpllPinAttrs<'a> {
        /// `id` (type 1, u32).
        Id(u32),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkDpllPinAttrs<'_> {
        /// Type number of `id`.
        pub const ID: u16 = 1;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkDpllPinAttrs<'a> {
        const SET: &'static str = "link-dpll-pin-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::ID => match a.array::<4>().ok().map(u32::from_ne_bytes) {
                    Some(v) => Self::Id(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::Id(_) => Self::ID,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::Id(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Id(v) => {
                    const T: u16 = LinkDpllPinAttrs::ID;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkDpllPinAttrs::ID) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

    /// Attribute set `linkinfo-netkit-attrs`.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoNetkitAttrs<'a> {
        /// `peer-info` (type 1, binary).
        PeerInfo(&'a [u8]),
        /// `primary` (type 2, u8).
        Primary(u8),
        /// `policy` (type 3, u32).
        Policy(super::defs::NetkitPolicy),
        /// `peer-policy` (type 4, u32).
        PeerPolicy(super::defs::NetkitPolicy),
        /// `mode` (type 5, u32).
        Mode(super::defs::NetkitMode),
        /// An attribute the spec does not know, or one whose value does not
        /// have the spec's shape: kept as it came.
        Other(nlw::Attr<'a>),
    }

    impl LinkinfoNetkitAttrs<'_> {
        /// Type number of `peer-info`.
        pub const PEER_INFO: u16 = 1;
        /// Type number of `primary`.
        pub const PRIMARY: u16 = 2;
        /// Type number of `policy`.
        pub const POLICY: u16 = 3;
        /// Type number of `peer-policy`.
        pub const PEER_POLICY: u16 = 4;
        /// Type number of `mode`.
        pub const MODE: u16 = 5;
    }

    impl<'a> nlw::ynl::SetAttr<'a> for LinkinfoNetkitAttrs<'a> {
        const SET: &'static str = "linkinfo-netkit-attrs";

        #[inline]
        #[allow(unused_variables, clippy::match_single_binding)]
        fn decode(a: nlw::Attr<'a>, block: &'a [u8]) -> Self {
            match a.ty {
                Self::PEER_INFO => Self::PeerInfo(a.value),
                Self::PRIMARY => match a.array::<1>().ok().map(u8::from_ne_bytes) {
                    Some(v) => Self::Primary(v),
                    None => Self::Other(a),
                },
                Self::POLICY => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::NetkitPolicy) {
                    Some(v) => Self::Policy(v),
                    None => Self::Other(a),
                },
                Self::PEER_POLICY => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::NetkitPolicy) {
                    Some(v) => Self::PeerPolicy(v),
                    None => Self::Other(a),
                },
                Self::MODE => match a.array::<4>().ok().map(u32::from_ne_bytes).map(super::defs::NetkitMode) {
                    Some(v) => Self::Mode(v),
                    None => Self::Other(a),
                },
                _ => Self::Other(a),
            }
        }

        #[inline]
        fn ty(&self) -> u16 {
            match self {
                Self::PeerInfo(_) => Self::PEER_INFO,
                Self::Primary(_) => Self::PRIMARY,
                Self::Policy(_) => Self::POLICY,
                Self::PeerPolicy(_) => Self::PEER_POLICY,
                Self::Mode(_) => Self::MODE,
                Self::Other(a) => a.ty,
            }
        }

        #[inline]
        fn encoded_len(&self) -> usize {
            match self {
                Self::PeerInfo(v) => nlw::attr_len(v.len()),
                Self::Primary(_) => nlw::attr_len(1),
                Self::Policy(_) => nlw::attr_len(4),
                Self::PeerPolicy(_) => nlw::attr_len(4),
                Self::Mode(_) => nlw::attr_len(4),
                Self::Other(a) => nlw::ynl::raw_len(a),
            }
        }

        #[inline]
        fn emit(&self, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::PeerInfo(v) => {
                    const T: u16 = LinkinfoNetkitAttrs::PEER_INFO;
                    b.attr(T, v);
                }
                Self::Primary(v) => {
                    const T: u16 = LinkinfoNetkitAttrs::PRIMARY;
                    b.attr(T, &v.to_ne_bytes());
                }
                Self::Policy(v) => {
                    const T: u16 = LinkinfoNetkitAttrs::POLICY;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::PeerPolicy(v) => {
                    const T: u16 = LinkinfoNetkitAttrs::PEER_POLICY;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::Mode(v) => {
                    const T: u16 = LinkinfoNetkitAttrs::MODE;
                    b.attr(T, &v.0.to_ne_bytes());
                }
                Self::Other(a) => nlw::ynl::emit_raw(b, a),
            }
        }

        #[allow(unused_variables)]
        fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Other(a) if matches!(a.ty, LinkinfoNetkitAttrs::PEER_INFO | LinkinfoNetkitAttrs::PRIMARY | LinkinfoNetkitAttrs::POLICY | LinkinfoNetkitAttrs::PEER_POLICY | LinkinfoNetkitAttrs::MODE) => out.push((<Self as nlw::ynl::SetAttr<'a>>::SET, a.ty)),
                _ => {}
            }
        }
    }

}

/// One enum per sub-message: a variant per format, chosen by the selector.
pub mod sub {
    #[allow(unused_imports)]
    use super::nlw;

    /// Sub-message `linkinfo-data-msg`: its formats by selector value.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoDataMsg<'a> {
        /// Format `bond`.
        Bond(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoBondAttrs<'a>>),
        /// Format `bridge`.
        Bridge(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoBridgeAttrs<'a>>),
        /// Format `erspan`.
        Erspan(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoGreAttrs<'a>>),
        /// Format `gre`.
        Gre(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoGreAttrs<'a>>),
        /// Format `gretap`.
        Gretap(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoGreAttrs<'a>>),
        /// Format `geneve`.
        Geneve(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoGeneveAttrs<'a>>),
        /// Format `ipip`.
        Ipip(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoIptunAttrs<'a>>),
        /// Format `sit`.
        Sit(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoIptunAttrs<'a>>),
        /// Format `tun`.
        Tun(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoTunAttrs<'a>>),
        /// Format `vlan`.
        Vlan(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoVlanAttrs<'a>>),
        /// Format `vrf`.
        Vrf(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoVrfAttrs<'a>>),
        /// Format `netkit`.
        Netkit(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoNetkitAttrs<'a>>),
        /// A selector value without a format here (or a value too short
        /// for its format's header): the bytes as they came.
        Other(&'a [u8]),
    }

    impl<'a> LinkinfoDataMsg<'a> {
        /// Decodes `v` in the format a string selector names.
        pub fn decode_str(sel: Option<&str>, v: &'a [u8]) -> Self {
            let f = match sel {
                Some(f) => f,
                None => return Self::Other(v),
            };
            match f {
                "bond" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Bond),
                "bridge" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Bridge),
                "erspan" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Erspan),
                "gre" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Gre),
                "gretap" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Gretap),
                "geneve" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Geneve),
                "ipip" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Ipip),
                "sit" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Sit),
                "tun" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Tun),
                "vlan" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Vlan),
                "vrf" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Vrf),
                "netkit" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Netkit),
                _ => Self::Other(v),
            }
        }

        /// Decodes `v` in the format an integer selector names.
        #[allow(clippy::match_single_binding)]
        pub fn decode_int(sel: Option<u64>, v: &'a [u8]) -> Self {
            let f = match sel {
                Some(f) => f,
                None => return Self::Other(v),
            };
            match f {
                _ => Self::Other(v),
            }
        }

        /// Bytes it takes as an attribute.
        pub fn encoded_len(&self) -> usize {
            match self {
                Self::Bond(v) => v.encoded_len(),
                Self::Bridge(v) => v.encoded_len(),
                Self::Erspan(v) => v.encoded_len(),
                Self::Gre(v) => v.encoded_len(),
                Self::Gretap(v) => v.encoded_len(),
                Self::Geneve(v) => v.encoded_len(),
                Self::Ipip(v) => v.encoded_len(),
                Self::Sit(v) => v.encoded_len(),
                Self::Tun(v) => v.encoded_len(),
                Self::Vlan(v) => v.encoded_len(),
                Self::Vrf(v) => v.encoded_len(),
                Self::Netkit(v) => v.encoded_len(),
                Self::Other(v) => nlw::attr_len(v.len()),
            }
        }

        /// Appends it as attribute `ty`.
        pub fn emit(&self, ty: u16, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Bond(v) => v.emit(ty, b),
                Self::Bridge(v) => v.emit(ty, b),
                Self::Erspan(v) => v.emit(ty, b),
                Self::Gre(v) => v.emit(ty, b),
                Self::Gretap(v) => v.emit(ty, b),
                Self::Geneve(v) => v.emit(ty, b),
                Self::Ipip(v) => v.emit(ty, b),
                Self::Sit(v) => v.emit(ty, b),
                Self::Tun(v) => v.emit(ty, b),
                Self::Vlan(v) => v.emit(ty, b),
                Self::Vrf(v) => v.emit(ty, b),
                Self::Netkit(v) => v.emit(ty, b),
                Self::Other(v) => {
                    b.attr(ty, v);
                }
            }
        }

        /// Attributes inside that the spec types but that came in another
        /// shape (see `SetAttr::untyped`).
        pub fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Bond(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Bridge(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Erspan(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Gre(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Gretap(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Geneve(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Ipip(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Sit(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Tun(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Vlan(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Vrf(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Netkit(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-data-msg", 0)),
                        }
                    }
                }
                Self::Other(_) => {}
            }
        }
    }

    /// Sub-message `linkinfo-member-data-msg`: its formats by selector value.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum LinkinfoMemberDataMsg<'a> {
        /// Format `bridge`.
        Bridge(nlw::ynl::Sub<'a, (), super::attrs::LinkinfoBrportAttrs<'a>>),
        /// Format `bond`.
        Bond(nlw::ynl::Sub<'a, (), super::attrs::BondSlaveAttrs<'a>>),
        /// A selector value without a format here (or a value too short
        /// for its format's header): the bytes as they came.
        Other(&'a [u8]),
    }

    impl<'a> LinkinfoMemberDataMsg<'a> {
        /// Decodes `v` in the format a string selector names.
        pub fn decode_str(sel: Option<&str>, v: &'a [u8]) -> Self {
            let f = match sel {
                Some(f) => f,
                None => return Self::Other(v),
            };
            match f {
                "bridge" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Bridge),
                "bond" => nlw::ynl::Sub::decode(v).map_or(Self::Other(v), Self::Bond),
                _ => Self::Other(v),
            }
        }

        /// Decodes `v` in the format an integer selector names.
        #[allow(clippy::match_single_binding)]
        pub fn decode_int(sel: Option<u64>, v: &'a [u8]) -> Self {
            let f = match sel {
                Some(f) => f,
                None => return Self::Other(v),
            };
            match f {
                _ => Self::Other(v),
            }
        }

        /// Bytes it takes as an attribute.
        pub fn encoded_len(&self) -> usize {
            match self {
                Self::Bridge(v) => v.encoded_len(),
                Self::Bond(v) => v.encoded_len(),
                Self::Other(v) => nlw::attr_len(v.len()),
            }
        }

        /// Appends it as attribute `ty`.
        pub fn emit(&self, ty: u16, b: &mut nlw::MessageBuilder<'_>) {
            match self {
                Self::Bridge(v) => v.emit(ty, b),
                Self::Bond(v) => v.emit(ty, b),
                Self::Other(v) => {
                    b.attr(ty, v);
                }
            }
        }

        /// Attributes inside that the spec types but that came in another
        /// shape (see `SetAttr::untyped`).
        pub fn untyped(&self, out: &mut Vec<(&'static str, u16)>) {
            match self {
                Self::Bridge(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-member-data-msg", 0)),
                        }
                    }
                }
                Self::Bond(v) => {
                    for x in v.attrs.iter() {
                        match x {
                            Ok(x) => nlw::ynl::SetAttr::untyped(&x, out),
                            Err(_) => out.push(("linkinfo-member-data-msg", 0)),
                        }
                    }
                }
                Self::Other(_) => {}
            }
        }
    }

}

/// The operations' message types (`nlmsg_type`); `_REPLY` where the reply has its own.
pub mod ops {
    /// Create a new link.
    ///
    /// `newlink`: a request.
    pub const NEWLINK: u16 = 16;
    /// Delete an existing link.
    ///
    /// `dellink`: a request.
    pub const DELLINK: u16 = 17;
    /// Get / dump information about a link.
    ///
    /// `getlink`: a request.
    pub const GETLINK: u16 = 18;
    /// The reply to `getlink`.
    pub const GETLINK_REPLY: u16 = 16;
    /// Set information about a link.
    ///
    /// `setlink`: a request.
    pub const SETLINK: u16 = 19;
    /// Get / dump link stats.
    ///
    /// `getstats`: a request.
    pub const GETSTATS: u16 = 94;
    /// The reply to `getstats`.
    pub const GETSTATS_REPLY: u16 = 92;
}

/// A message type per operation: its fixed header and attribute set
/// (parse with `Message::parse_as`, build with `Msg::new`, send with
/// `Request::message`).
pub mod msgs {
    #[allow(unused_imports)]
    use super::nlw;

    /// Messages of `newlink`.
    ///
    /// The do request carries: ifi-index, ifname, net-ns-pid, net-ns-fd, target-netnsid, link-netnsid, linkinfo, group, num-tx-queues, num-rx-queues, address, broadcast, mtu, txqlen, operstate, linkmode, group, gso-max-size, gso-max-segs, gro-max-size, gso-ipv4-max-size, gro-ipv4-max-size, af-spec.
    pub type Newlink<'a> = nlw::ynl::Msg<'a, super::defs::Ifinfomsg, super::attrs::LinkAttrs<'a>>;

    /// Messages of `dellink`.
    ///
    /// The do request carries: ifi-index, ifname.
    pub type Dellink<'a> = nlw::ynl::Msg<'a, super::defs::Ifinfomsg, super::attrs::LinkAttrs<'a>>;

    /// Messages of `getlink`.
    ///
    /// The do request carries: ifi-index, ifname, alt-ifname, ext-mask, target-netnsid.
    ///
    /// The do reply carries: ifi-family, ifi-type, ifi-index, ifi-flags, ifi-change, address, broadcast, ifname, mtu, link, qdisc, stats, cost, priority, master, wireless, protinfo, txqlen, map, weight, operstate, linkmode, linkinfo, net-ns-pid, ifalias, num-vf, vfinfo-list, stats64, vf-ports, port-self, af-spec, group, net-ns-fd, ext-mask, promiscuity, num-tx-queues, num-rx-queues, carrier, phys-port-id, carrier-changes, phys-switch-id, link-netnsid, phys-port-name, proto-down, gso-max-segs, gso-max-size, pad, xdp, event, new-netnsid, if-netnsid, target-netnsid, carrier-up-count, carrier-down-count, new-ifindex, min-mtu, max-mtu, prop-list, perm-address, proto-down-reason, parent-dev-name, parent-dev-bus-name, gro-max-size, tso-max-size, tso-max-segs, allmulti, devlink-port, gso-ipv4-max-size, gro-ipv4-max-size.
    ///
    /// The dump request carries: target-netnsid, ext-mask, master, linkinfo.
    ///
    /// The dump reply carries: ifi-family, ifi-type, ifi-index, ifi-flags, ifi-change, address, broadcast, ifname, mtu, link, qdisc, stats, cost, priority, master, wireless, protinfo, txqlen, map, weight, operstate, linkmode, linkinfo, net-ns-pid, ifalias, num-vf, vfinfo-list, stats64, vf-ports, port-self, af-spec, group, net-ns-fd, ext-mask, promiscuity, num-tx-queues, num-rx-queues, carrier, phys-port-id, carrier-changes, phys-switch-id, link-netnsid, phys-port-name, proto-down, gso-max-segs, gso-max-size, pad, xdp, event, new-netnsid, if-netnsid, target-netnsid, carrier-up-count, carrier-down-count, new-ifindex, min-mtu, max-mtu, prop-list, perm-address, proto-down-reason, parent-dev-name, parent-dev-bus-name, gro-max-size, tso-max-size, tso-max-segs, allmulti, devlink-port, gso-ipv4-max-size, gro-ipv4-max-size.
    pub type Getlink<'a> = nlw::ynl::Msg<'a, super::defs::Ifinfomsg, super::attrs::LinkAttrs<'a>>;

    /// Messages of `setlink`.
    ///
    /// The do request carries: ifi-family, ifi-type, ifi-index, ifi-flags, ifi-change, address, broadcast, ifname, mtu, link, qdisc, stats, cost, priority, master, wireless, protinfo, txqlen, map, weight, operstate, linkmode, linkinfo, net-ns-pid, ifalias, num-vf, vfinfo-list, stats64, vf-ports, port-self, af-spec, group, net-ns-fd, ext-mask, promiscuity, num-tx-queues, num-rx-queues, carrier, phys-port-id, carrier-changes, phys-switch-id, link-netnsid, phys-port-name, proto-down, gso-max-segs, gso-max-size, pad, xdp, event, new-netnsid, if-netnsid, target-netnsid, carrier-up-count, carrier-down-count, new-ifindex, min-mtu, max-mtu, prop-list, perm-address, proto-down-reason, parent-dev-name, parent-dev-bus-name, gro-max-size, tso-max-size, tso-max-segs, allmulti, devlink-port, gso-ipv4-max-size, gro-ipv4-max-size.
    pub type Setlink<'a> = nlw::ynl::Msg<'a, super::defs::Ifinfomsg, super::attrs::LinkAttrs<'a>>;

    /// Messages of `getstats`.
    ///
    /// The do request carries: ifindex.
    ///
    /// The do reply carries: family, ifindex, filter-mask, link-64, link-xstats, link-xstats-slave, link-offload-xstats, af-spec.
    ///
    /// The dump reply carries: family, ifindex, filter-mask, link-64, link-xstats, link-xstats-slave, link-offload-xstats, af-spec.
    pub type Getstats<'a> = nlw::ynl::Msg<'a, super::defs::IfStatsMsg, super::attrs::StatsAttrs<'a>>;

}

/// Multicast groups.
pub mod groups {
    /// Group `rtnlgrp-link`.
    pub const RTNLGRP_LINK: u32 = 1;
    /// Group `rtnlgrp-stats`.
    pub const RTNLGRP_STATS: u32 = 36;
}
