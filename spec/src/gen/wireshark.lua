-- The decoder every generated dissector carries (nlkit-spec,
-- spec/src/gen/wireshark.lua): it reads the `spec` table above and
-- registers the dissector. Lua 5.2 (Wireshark 4.0) to 5.4; no bit library.

local P = spec.filter
local proto = Proto(P, spec.title)
local fields = {}
local function field(f)
	fields[#fields + 1] = f
	return f
end
local function ident(s)
	return (string.gsub(s, "[^%w_]", "_"))
end

local MAX_DEPTH = 16
local NLA_F_NESTED = 0x8000
local NLA_F_NET_BYTEORDER = 0x4000
local F_REQUEST, F_MULTI, F_ACK_TLVS, F_CAPPED = 0x1, 0x2, 0x200, 0x100

local function bit_set(v, bit)
	if type(v) == "number" then
		return math.floor(v / 2 ^ bit) % 2 == 1
	end
	return v:rshift(bit):band(1):tonumber() == 1
end

-- The nlmsghdr, genlmsghdr and attribute header fields.
local hf = {
	msg = field(ProtoField.none(P .. ".msg", "Message")),
	len = field(ProtoField.uint32(P .. ".len", "Length", base.DEC)),
	type = field(ProtoField.uint16(P .. ".type", "Type", base.DEC)),
	op = field(ProtoField.string(P .. ".op", "Operation")),
	flags = field(ProtoField.uint16(P .. ".flags", "Flags", base.HEX)),
	seq = field(ProtoField.uint32(P .. ".seq", "Sequence", base.DEC)),
	pid = field(ProtoField.uint32(P .. ".pid", "Port ID", base.DEC)),
	cmd = field(ProtoField.uint8(P .. ".cmd", "Command", base.DEC)),
	version = field(ProtoField.uint8(P .. ".version", "Family version", base.DEC)),
	reserved = field(ProtoField.uint16(P .. ".reserved", "Reserved", base.HEX)),
	attr = field(ProtoField.none(P .. ".attr", "Attribute")),
	attr_len = field(ProtoField.uint16(P .. ".attr.len", "Length", base.DEC)),
	attr_type = field(ProtoField.uint16(P .. ".attr.type", "Type", base.DEC, nil, 0x3fff)),
	attr_nested = field(ProtoField.bool(P .. ".attr.nested", "Nested", 16, nil, NLA_F_NESTED)),
	attr_netorder = field(ProtoField.bool(P .. ".attr.net_byteorder", "Network byte order", 16, nil,
		NLA_F_NET_BYTEORDER)),
	raw = field(ProtoField.bytes(P .. ".data", "Data")),
	error = field(ProtoField.int32(P .. ".error", "Error", base.DEC)),
	status = field(ProtoField.int32(P .. ".status", "Status", base.DEC)),
	request = field(ProtoField.none(P .. ".request", "Request")),
	ext = field(ProtoField.none(P .. ".ext_ack", "Extended ACK")),
	ext_msg = field(ProtoField.string(P .. ".ext_ack.msg", "Message")),
	ext_offs = field(ProtoField.uint32(P .. ".ext_ack.offset", "Offset", base.DEC)),
	ext_cookie = field(ProtoField.bytes(P .. ".ext_ack.cookie", "Cookie")),
	ext_policy = field(ProtoField.bytes(P .. ".ext_ack.policy", "Policy")),
	ext_miss_type = field(ProtoField.uint32(P .. ".ext_ack.missing_type", "Missing attribute", base.DEC)),
	ext_miss_nest = field(ProtoField.uint32(P .. ".ext_ack.missing_nest", "Missing in the nest at offset",
		base.DEC)),
}

-- Header flag bits: always, then by context (GET / NEW requests, ACK/DONE).
local flag_bits = {
	all = { { 0, "request" }, { 1, "multi" }, { 2, "ack" }, { 3, "echo" }, { 4, "dump_intr" },
		{ 5, "dump_filtered" } },
	get = { { 8, "root" }, { 9, "match" }, { 10, "atomic" } },
	new = { { 8, "replace" }, { 9, "excl" }, { 10, "create" }, { 11, "append" } },
	ack = { { 8, "capped" }, { 9, "ack_tlvs" } },
}
for kind, bits in pairs(flag_bits) do
	for _, b in ipairs(bits) do
		b[3] = field(ProtoField.bool(P .. ".flags." .. kind .. "." .. b[2], b[2], 16, nil, 2 ^ b[1]))
	end
end

local ef = {
	malformed = ProtoExpert.new(P .. ".malformed", "Malformed", expert.group.MALFORMED, expert.severity.WARN),
	unknown = ProtoExpert.new(P .. ".unknown", "Not in the spec", expert.group.UNDECODED, expert.severity.NOTE),
	error = ProtoExpert.new(P .. ".error_reply", "Error reply", expert.group.RESPONSE_CODE,
		expert.severity.NOTE),
}
proto.experts = { ef.malformed, ef.unknown, ef.error }

-- Linux errno names (asm-generic/errno-base.h, errno.h).
local errnos = { "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF",
	"ECHILD", "EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST", "EXDEV", "ENODEV",
	"ENOTDIR", "EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG", "ENOSPC", "ESPIPE",
	"EROFS", "EMLINK", "EPIPE", "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOLCK", "ENOSYS",
	"ENOTEMPTY", "ELOOP", nil, "ENOMSG", "EIDRM", "ECHRNG", "EL2NSYNC", "EL3HLT", "EL3RST", "ELNRNG",
	"EUNATCH", "ENOCSI", "EL2HLT", "EBADE", "EBADR", "EXFULL", "ENOANO", "EBADRQC", "EBADSLT", nil,
	"EBFONT", "ENOSTR", "ENODATA", "ETIME", "ENOSR", "ENONET", "ENOPKG", "EREMOTE", "ENOLINK", "EADV",
	"ESRMNT", "ECOMM", "EPROTO", "EMULTIHOP", "EDOTDOT", "EBADMSG", "EOVERFLOW", "ENOTUNIQ", "EBADFD",
	"EREMCHG", "ELIBACC", "ELIBBAD", "ELIBSCN", "ELIBMAX", "ELIBEXEC", "EILSEQ", "ERESTART", "ESTRPIPE",
	"EUSERS", "ENOTSOCK", "EDESTADDRREQ", "EMSGSIZE", "EPROTOTYPE", "ENOPROTOOPT", "EPROTONOSUPPORT",
	"ESOCKTNOSUPPORT", "EOPNOTSUPP", "EPFNOSUPPORT", "EAFNOSUPPORT", "EADDRINUSE", "EADDRNOTAVAIL",
	"ENETDOWN", "ENETUNREACH", "ENETRESET", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "EISCONN",
	"ENOTCONN", "ESHUTDOWN", "ETOOMANYREFS", "ETIMEDOUT", "ECONNREFUSED", "EHOSTDOWN", "EHOSTUNREACH",
	"EALREADY", "EINPROGRESS", "ESTALE", "EUCLEAN", "ENOTNAM", "ENAVAIL", "EISNAM", "EREMOTEIO",
	"EDQUOT", "ENOMEDIUM", "EMEDIUMTYPE", "ECANCELED", "ENOKEY", "EKEYEXPIRED", "EKEYREVOKED",
	"EKEYREJECTED", "EOWNERDEAD", "ENOTRECOVERABLE", "ERFKILL", "EHWPOISON" }
local function errno_name(e)
	if e == 0 then
		return "ACK"
	end
	return errnos[-e] or ("errno " .. -e)
end

-- Enums: value -> name (numbers; 64-bit values by their decimal text).
for _, e in pairs(spec.enums) do
	e.names = {}
	for _, ent in ipairs(e.entries) do
		e.names[ent[1]] = ent[2]
	end
end

local int_types = {
	u8 = { 1, "uint8", false }, u16 = { 2, "uint16", false }, u32 = { 4, "uint32", false },
	u64 = { 8, "uint64", false }, s8 = { 1, "int8", true }, s16 = { 2, "int16", true },
	s32 = { 4, "int32", true }, s64 = { 8, "int64", true }, uint = { nil, "uint64", false },
	sint = { nil, "int64", true },
}
local containers = { nest = true, ["indexed-array"] = true, ["nest-type-value"] = true,
	["sub-message"] = true, flag = true, bitfield32 = true }

-- The field of a value (attribute or struct member) `d`, and its flag bits.
local function value_field(abbr, d)
	local it = int_types[d.type]
	local enum = d.enum and spec.enums[d.enum]
	if it then
		local width = it[1] or 8
		if d.hint == "ipv4" and width == 4 then
			return ProtoField.ipv4(abbr, d.name)
		end
		local vs = nil
		if enum and not d.flags and width <= 4 then
			vs = enum.names
		end
		local b = (d.hint == "hex" or d.flags) and base.HEX or base.DEC
		if it[3] and b == base.HEX then
			b = base.DEC
		end
		local f = ProtoField[it[2]](abbr, d.name, b, vs)
		if enum and d.flags then
			d.bits = {}
			for _, ent in ipairs(enum.entries) do
				local bit = d.bitpos and ent[1] or ent[3]
				if bit and bit < 32 and bit < width * 8 then
					d.bits[#d.bits + 1] = field(ProtoField.bool(abbr .. "." .. ident(ent[2]), ent[2],
						width * 8, nil, 2 ^ bit))
				end
			end
		end
		return f
	end
	if d.type == "string" then
		return ProtoField.string(abbr, d.name)
	end
	if containers[d.type] or d.struct then
		if d.type == "bitfield32" then
			d.fv = field(ProtoField.uint32(abbr .. ".value", "value", base.HEX))
			d.fsel = field(ProtoField.uint32(abbr .. ".selector", "selector", base.HEX))
		end
		return ProtoField.none(abbr, d.name)
	end
	if d.hint == "ipv4" then
		d.fraw = field(ProtoField.bytes(abbr .. "_bytes", d.name))
		return ProtoField.ipv4(abbr, d.name)
	elseif d.hint == "ipv6" then
		d.fraw = field(ProtoField.bytes(abbr .. "_bytes", d.name))
		return ProtoField.ipv6(abbr, d.name)
	elseif d.hint == "ipv4-or-v6" then
		d.f6 = field(ProtoField.ipv6(abbr .. "_v6", d.name))
		d.fraw = field(ProtoField.bytes(abbr .. "_bytes", d.name))
		return ProtoField.ipv4(abbr, d.name)
	elseif d.hint == "mac" then
		d.fraw = field(ProtoField.bytes(abbr .. "_bytes", d.name))
		return ProtoField.ether(abbr, d.name)
	elseif d.hint == "uuid" then
		d.fraw = field(ProtoField.bytes(abbr .. "_bytes", d.name))
		return ProtoField.guid(abbr, d.name)
	end
	if d.subtype and int_types[d.subtype] then
		d.elem = field(ProtoField[int_types[d.subtype][2]](abbr .. ".elem", d.name, base.DEC))
		return ProtoField.none(abbr, d.name)
	end
	return ProtoField.bytes(abbr, d.name)
end

for sname, st in pairs(spec.structs) do
	for _, m in ipairs(st) do
		m.f = field(value_field(P .. "." .. ident(sname) .. "." .. ident(m.name), m))
	end
end
for sname, set in pairs(spec.sets) do
	set.by_value = {}
	for _, a in ipairs(set.attrs) do
		set.by_value[a.value] = a
		a.f = field(value_field(P .. "." .. ident(sname) .. "." .. ident(a.name), a))
	end
end
proto.fields = fields

-- Operations by request and by reply message type (genl: command).
local ops = {}
for _, op in ipairs(spec.ops) do
	ops[op.name] = op
end

-- Reading values: `le` is the capture's byte order (host order).
local function use_le(d, le)
	if d.order == "big" then
		return false
	elseif d.order == "little" then
		return true
	end
	return le
end
local function add_int(tree, f, r, le)
	if le then
		return tree:add_le(f, r)
	end
	return tree:add(f, r)
end
local function read_int(r, signed, le)
	local n = r:len()
	if n > 4 then
		if signed then
			return le and r:le_int64() or r:int64()
		end
		return le and r:le_uint64() or r:uint64()
	end
	if signed then
		return le and r:le_int() or r:int()
	end
	return le and r:le_uint() or r:uint()
end
local function key_of(v)
	if type(v) == "number" then
		return v
	end
	local n = tonumber(tostring(v))
	return n
end
local function hex(r)
	return tostring(r:bytes():tohex()):lower()
end

-- Text that is printable UTF-8 (trailing NULs dropped), else nil.
local function as_text(r)
	local s = r:raw()
	s = string.gsub(s, "%z+$", "")
	if #s == 0 or string.find(s, "[%z\1-\31\127]") then
		return nil
	end
	local i, n = 1, #s
	while i <= n do
		local c = string.byte(s, i)
		local extra = c < 0x80 and 0 or c >= 0xf0 and c < 0xf8 and 3 or c >= 0xe0 and 2 or c >= 0xc2 and 1
		if not extra or c >= 0xf8 then
			return nil
		end
		for j = 1, extra do
			local cc = string.byte(s, i + j)
			if not cc or cc < 0x80 or cc > 0xbf then
				return nil
			end
		end
		i = i + extra + 1
	end
	return s
end

local function malformed(item, text)
	item:add_proto_expert_info(ef.malformed, text)
	return "(" .. text .. ")"
end

local dissect_attrs, dissect_struct

-- Adds the value `d` (an attribute or a struct member) in `tvb(off, len)`
-- under `tree`; returns its display text and, for strings and enums, the
-- text a sub-message selector compares.
-- `own`: `tree` is the value's own item already (attributes that contain more).
local function add_value(tvb, off, len, tree, d, le, ctx, depth, own)
	local r = tvb(off, len)
	local function container()
		if own then
			return tree
		end
		return tree:add(d.f, r)
	end
	local t = d.type
	local it = int_types[t]
	if it then
		local width = it[1]
		if (width and len ~= width) or (not width and len ~= 4 and len ~= 8) then
			tree:add(hf.raw, r)
			return malformed(tree, t .. " needs " .. (width or "4 or 8") .. " bytes, has " .. len)
		end
		local l = use_le(d, le)
		local item = add_int(tree, d.f, r, l)
		local v = read_int(r, it[3], l)
		local text = tostring(v)
		local enum = d.enum and spec.enums[d.enum]
		if d.hint == "ipv4" and len == 4 then
			text = string.format("%d.%d.%d.%d", r(0, 1):uint(), r(1, 1):uint(), r(2, 1):uint(), r(3, 1):uint())
		elseif enum and d.flags then
			local names = {}
			for _, ent in ipairs(enum.entries) do
				local bit = d.bitpos and ent[1] or ent[3]
				if bit and bit_set(v, bit) then
					names[#names + 1] = ent[2]
				end
			end
			for _, bf in ipairs(d.bits or {}) do
				add_int(item, bf, r, l)
			end
			text = string.format("0x%x", key_of(v) or 0) .. " [" .. table.concat(names, ", ") .. "]"
			item:append_text(" [" .. table.concat(names, ", ") .. "]")
			return text
		elseif enum then
			local name = enum.names[key_of(v)]
			if name and (width == 8 or not width) then
				item:append_text(" (" .. name .. ")")
			end
			if name then
				return name .. " (" .. text .. ")", name
			end
		elseif d.hint == "hex" then
			text = string.format("0x%x", key_of(v) or 0)
		end
		return text
	end
	if t == "string" then
		local n = len
		while n > 0 and r(n - 1, 1):uint() == 0 do
			n = n - 1
		end
		local s = n > 0 and tvb(off, n):raw() or ""
		if n > 0 then
			tree:add_packet_field(d.f, tvb(off, n), ENC_UTF_8)
		else
			tree:add(d.f, r, "")
		end
		return '"' .. s .. '"', s
	end
	if t == "flag" then
		tree:add(d.f, r)
		return "true"
	end
	if t == "nest" then
		local set = d.nested and spec.sets[d.nested]
		local item = container()
		if not set then
			item:add(hf.raw, r)
			return hex(r)
		end
		local n = dissect_attrs(tvb, off, off + len, item, set, le, ctx, depth + 1)
		return "nest, " .. n .. " attributes"
	end
	if t == "indexed-array" or t == "nest-type-value" then
		local set = d.nested and spec.sets[d.nested]
		local item = container()
		local levels = t == "nest-type-value" and math.max(d.levels or 1, 1) or 1
		local function level(o, stop, tr, lv)
			local count = 0
			while o + 4 <= stop do
				local alen = le and tvb(o, 2):le_uint() or tvb(o, 2):uint()
				local aty = (le and tvb(o + 2, 2):le_uint() or tvb(o + 2, 2):uint()) % 0x4000
				if alen < 4 or o + alen > stop then
					malformed(tr, "element length " .. alen .. " at offset " .. o)
					break
				end
				local el = tr:add(hf.attr, tvb(o, alen))
				el:set_text("[" .. aty .. "]")
				count = count + 1
				if lv < levels then
					level(o + 4, o + alen, el, lv + 1)
				elseif set and (d.subtype == nil or d.subtype == "nest" or t == "nest-type-value") then
					dissect_attrs(tvb, o + 4, o + alen, el, set, le, ctx, depth + 1)
				elseif d.subtype and int_types[d.subtype] and alen > 4 then
					local v = read_int(tvb(o + 4, alen - 4), int_types[d.subtype][3], use_le(d, le))
					el:append_text(": " .. tostring(v))
					el:add(hf.raw, tvb(o + 4, alen - 4))
				elseif alen > 4 then
					el:add(hf.raw, tvb(o + 4, alen - 4))
					el:append_text(": " .. hex(tvb(o + 4, alen - 4)))
				end
				o = o + alen + (4 - alen % 4) % 4
			end
			return count
		end
		if depth > MAX_DEPTH then
			return malformed(item, "nested too deep")
		end
		return (t == "indexed-array" and "array, " or "") .. level(off, off + len, item, 1) .. " elements"
	end
	if t == "sub-message" then
		local item = container()
		local sm = d.submsg and spec.submsgs[d.submsg]
		local sel = nil
		for i = #ctx.scopes, 1, -1 do
			sel = ctx.scopes[i][d.selector or ""]
			if sel then
				break
			end
		end
		local fmt = sm and sel and sm[sel]
		if not fmt then
			item:add(hf.raw, r)
			return hex(r) .. (sel and (" (no format for " .. sel .. ")") or "")
		end
		local o = off
		if fmt.header and spec.structs[fmt.header] then
			o = dissect_struct(tvb, o, off + len, item, spec.structs[fmt.header], le, ctx, depth + 1)
			o = math.min(off + len, o + (4 - (o - off) % 4) % 4)
		end
		if fmt.set and spec.sets[fmt.set] then
			dissect_attrs(tvb, o, off + len, item, spec.sets[fmt.set], le, ctx, depth + 1)
		end
		return sel
	end
	if t == "bitfield32" then
		local item = container()
		if len ~= 8 then
			item:add(hf.raw, r)
			return malformed(item, "bitfield32 needs 8 bytes, has " .. len)
		end
		add_int(item, d.fv, tvb(off, 4), le)
		add_int(item, d.fsel, tvb(off + 4, 4), le)
		local v, s = read_int(tvb(off, 4), false, le), read_int(tvb(off + 4, 4), false, le)
		return string.format("value 0x%x, selector 0x%x", v, s)
	end
	if d.struct and spec.structs[d.struct] then
		local st = spec.structs[d.struct]
		local item = container()
		local size = d.struct_size
		if size and size > 0 and len > size and len % size == 0 then
			for i = 0, len / size - 1 do
				local el = item:add(hf.attr, tvb(off + i * size, size))
				el:set_text("[" .. i .. "] " .. d.struct)
				dissect_struct(tvb, off + i * size, off + (i + 1) * size, el, st, le, ctx, depth + 1)
			end
			return (len / size) .. " x " .. d.struct
		end
		dissect_struct(tvb, off, off + len, item, st, le, ctx, depth + 1)
		return d.struct
	end
	if d.elem then
		local w = int_types[d.subtype][1] or 4
		local item = container()
		if len % w ~= 0 then
			item:add(hf.raw, r)
			return malformed(item, "array of " .. d.subtype .. " has " .. len .. " bytes")
		end
		local vals = {}
		for i = 0, len / w - 1 do
			add_int(item, d.elem, tvb(off + i * w, w), use_le(d, le))
			vals[#vals + 1] = tostring(read_int(tvb(off + i * w, w), int_types[d.subtype][3], use_le(d, le)))
		end
		return "[" .. table.concat(vals, ", ") .. "]"
	end
	-- Binary: by display hint and length, else bytes (and text if it is text).
	if len == 0 then
		tree:add(d.fraw or d.f, r)
		return "(empty)"
	end
	if (d.hint == "ipv4" or d.hint == "ipv4-or-v6") and len == 4 then
		tree:add(d.f, r)
		return string.format("%d.%d.%d.%d", r(0, 1):uint(), r(1, 1):uint(), r(2, 1):uint(), r(3, 1):uint())
	elseif d.hint == "ipv4-or-v6" and len == 16 then
		tree:add(d.f6, r)
		return tostring(r:ipv6())
	elseif (d.hint == "ipv6" or d.hint == "uuid") and len == 16 then
		tree:add(d.f, r)
		return d.hint == "ipv6" and tostring(r:ipv6()) or hex(r)
	elseif d.hint == "mac" and len == 6 then
		tree:add(d.f, r)
		return tostring(r:ether())
	end
	tree:add(d.fraw or d.f, r)
	local s = d.hint == nil and as_text(r)
	if s then
		return '"' .. s .. '" (' .. hex(r) .. ")"
	end
	return hex(r)
end

-- A struct's members from `off`; returns where it stopped.
function dissect_struct(tvb, off, stop, tree, st, le, ctx, depth)
	for _, m in ipairs(st) do
		if not m.size then
			if stop > off then
				tree:add(hf.raw, tvb(off, stop - off))
			end
			return stop
		end
		if off + m.size > stop then
			if stop > off then
				tree:add(hf.raw, tvb(off, stop - off))
			end
			malformed(tree, "struct ends before " .. m.name)
			return stop
		end
		if m.type ~= "pad" then
			local shown = add_value(tvb, off, m.size, tree, m, le, ctx, depth)
			local _ = shown
		end
		off = off + m.size
	end
	return off
end

-- The attributes of `set` in `tvb(off, stop - off)`; returns their count.
function dissect_attrs(tvb, off, stop, tree, set, le, ctx, depth)
	if depth > MAX_DEPTH then
		malformed(tree, "nested too deep")
		return 0
	end
	local scope = {}
	ctx.scopes[#ctx.scopes + 1] = scope
	local count = 0
	while off + 4 <= stop do
		local alen = le and tvb(off, 2):le_uint() or tvb(off, 2):uint()
		local raw_type = le and tvb(off + 2, 2):le_uint() or tvb(off + 2, 2):uint()
		local aty = raw_type % 0x4000
		if alen < 4 or off + alen > stop then
			local item = tree:add(hf.raw, tvb(off, stop - off))
			malformed(item, "attribute length " .. alen .. " at offset " .. off .. " runs past its container")
			off = stop
			break
		end
		local a = set.by_value[aty]
		local own = a and (containers[a.type] or a.struct or a.elem) and a.type ~= "flag"
		local item = tree:add(own and a.f or hf.attr, tvb(off, alen))
		add_int(item, hf.attr_len, tvb(off, 2), le)
		local ti = add_int(item, hf.attr_type, tvb(off + 2, 2), le)
		add_int(ti, hf.attr_nested, tvb(off + 2, 2), le)
		add_int(ti, hf.attr_netorder, tvb(off + 2, 2), le)
		if ctx.offsets then
			ctx.offsets[off - ctx.base] = a and a.name or ("attribute " .. aty)
		end
		if a then
			ti:append_text(" (" .. a.name .. ")")
			local shown, sel = add_value(tvb, off + 4, alen - 4, item, a, le, ctx, depth, own)
			item:set_text(a.name .. " (" .. aty .. ")" .. (shown and (": " .. shown) or ""))
			if sel then
				scope[a.name] = sel
			end
		else
			if alen > 4 then
				item:add(hf.raw, tvb(off + 4, alen - 4))
			end
			item:set_text("attribute " .. aty .. " (not in the spec)" .. (alen > 4 and (": " .. hex(tvb(off + 4,
				alen - 4))) or ""))
			item:add_proto_expert_info(ef.unknown, "attribute " .. aty .. " is not in set " .. set.name)
		end
		count = count + 1
		off = off + alen + (4 - alen % 4) % 4
	end
	if off < stop then
		tree:add(hf.raw, tvb(off, stop - off))
	end
	ctx.scopes[#ctx.scopes] = nil
	return count
end

-- The operation and kind of a message: requests by their type, the rest
-- (replies, notifications, events) by theirs.
local function lookup(value, flags)
	if bit_set(flags, 0) then
		local name = spec.requests[value]
		local op = name and ops[name]
		if not op then
			return nil
		end
		local dump = op.dump_req == value and (op.do_req ~= value or math.floor(flags / 0x100) % 4 == 3)
		return op, dump and "dump request" or "request", dump
	end
	local name = spec.replies[value]
	local op = name and ops[name]
	if not op then
		return nil
	end
	local kind = "reply"
	if op.event then
		kind = "event"
	elseif op.notify then
		kind = "notification"
	elseif bit_set(flags, 1) and op.dump_reply == value then
		kind = "dump reply"
	end
	return op, kind
end

-- The fixed header and attributes of an operation's message.
local function dissect_payload(tvb, off, stop, tree, op, le, ctx)
	local shape = op and (op.shape and ops[op.shape] or op)
	if not shape then
		if stop > off then
			tree:add(hf.raw, tvb(off, stop - off))
		end
		return
	end
	if shape.header and spec.structs[shape.header] then
		local hdr = tree:add(hf.attr, tvb(off, math.min(stop - off, spec.struct_sizes[shape.header] or
			(stop - off))))
		hdr:set_text(shape.header)
		local o = dissect_struct(tvb, off, stop, hdr, spec.structs[shape.header], le, ctx, 0)
		off = math.min(stop, o + (4 - (o - off) % 4) % 4)
	end
	local set = shape.set and spec.sets[shape.set]
	if set then
		dissect_attrs(tvb, off, stop, tree, set, le, ctx, 0)
	elseif stop > off then
		tree:add(hf.raw, tvb(off, stop - off))
	end
end

local function add_flags(tree, r, le, flags, ctx_kind)
	local item = add_int(tree, hf.flags, r, le)
	local names = {}
	for _, group in ipairs({ "all", ctx_kind }) do
		for _, b in ipairs(flag_bits[group] or {}) do
			add_int(item, b[3], r, le)
			if bit_set(flags, b[1]) then
				names[#names + 1] = b[2]
			end
		end
	end
	if #names > 0 then
		item:append_text(" (" .. table.concat(names, ", ") .. ")")
	end
end

-- An nlmsghdr at `off`; returns len, type, flags, seq, pid.
local function header_fields(tvb, off, le)
	local function u(o, n)
		return le and tvb(o, n):le_uint() or tvb(o, n):uint()
	end
	return u(off, 4), u(off + 4, 2), u(off + 6, 2), u(off + 8, 4), u(off + 12, 4)
end

local function add_header(tree, tvb, off, le, name, flags_kind)
	local len, ty, flags, seq, pid = header_fields(tvb, off, le)
	local h = tree:add(hf.attr, tvb(off, 16))
	h:set_text("Netlink message header")
	add_int(h, hf.len, tvb(off, 4), le)
	local ti = add_int(h, hf.type, tvb(off + 4, 2), le)
	if name then
		ti:append_text(" (" .. name .. ")")
	end
	add_flags(h, tvb(off + 6, 2), le, flags, flags_kind)
	add_int(h, hf.seq, tvb(off + 8, 4), le)
	add_int(h, hf.pid, tvb(off + 12, 4), le)
	return len, ty, flags, seq, pid
end

local control = { [1] = "NLMSG_NOOP", [2] = "NLMSG_ERROR", [3] = "NLMSG_DONE", [4] = "NLMSG_OVERRUN" }

-- The extended ACK attributes of an ERROR or DONE message.
local function dissect_ext_ack(tvb, off, stop, tree, le, req_op, offsets)
	local ext = tree:add(hf.ext, tvb(off, stop - off))
	local parts = {}
	while off + 4 <= stop do
		local alen = le and tvb(off, 2):le_uint() or tvb(off, 2):uint()
		local aty = (le and tvb(off + 2, 2):le_uint() or tvb(off + 2, 2):uint()) % 0x4000
		if alen < 4 or off + alen > stop then
			malformed(ext, "extended ACK attribute length " .. alen .. " at offset " .. off)
			break
		end
		local r = tvb(off + 4, alen - 4)
		if aty == 1 and alen > 4 then
			local n = alen - 4
			while n > 0 and tvb(off + 4 + n - 1, 1):uint() == 0 do
				n = n - 1
			end
			if n > 0 then
				ext:add_packet_field(hf.ext_msg, tvb(off + 4, n), ENC_UTF_8)
				parts[#parts + 1] = '"' .. tvb(off + 4, n):raw() .. '"'
			end
		elseif aty == 2 and alen == 8 then
			local it = add_int(ext, hf.ext_offs, r, le)
			local o = read_int(r, false, le)
			if offsets and offsets[o] then
				it:append_text(" (" .. offsets[o] .. ")")
				parts[#parts + 1] = "at " .. offsets[o]
			end
		elseif aty == 3 then
			ext:add(hf.ext_cookie, r)
		elseif aty == 4 then
			ext:add(hf.ext_policy, r)
		elseif aty == 5 and alen == 8 then
			local it = add_int(ext, hf.ext_miss_type, r, le)
			local shape = req_op and (req_op.shape and ops[req_op.shape] or req_op)
			local set = shape and shape.set and spec.sets[shape.set]
			local a = set and set.by_value[read_int(r, false, le)]
			if a then
				it:append_text(" (" .. a.name .. ")")
				parts[#parts + 1] = "missing " .. a.name
			end
		elseif aty == 6 and alen == 8 then
			add_int(ext, hf.ext_miss_nest, r, le)
		else
			ext:add(hf.raw, r)
		end
		off = off + alen + (4 - alen % 4) % 4
	end
	return table.concat(parts, ", ")
end

-- One message of a raw family at `off` (`mlen` bytes); returns its summary.
local function dissect_message(tvb, off, mlen, tree, le, ctx)
	local _, ty, flags, seq, _ = header_fields(tvb, off, le)
	local stop = off + mlen
	local mt = tree:add(hf.msg, tvb(off, mlen))
	if control[ty] then
		local kind = (ty == 2 or ty == 3) and "ack" or nil
		add_header(mt, tvb, off, le, control[ty], kind)
		local summary = control[ty]
		if ty == 2 and mlen >= 20 then
			local e = le and tvb(off + 16, 4):le_int() or tvb(off + 16, 4):int()
			local ei = add_int(mt, hf.error, tvb(off + 16, 4), le)
			ei:append_text(" (" .. errno_name(e) .. ")")
			local o = off + 20
			local req_op = nil
			local offsets = {}
			if mlen >= 36 then
				local rlen, rty, rflags = header_fields(tvb, o, le)
				req_op = lookup(rty, rflags)
				local capped = bit_set(flags, 8) or rlen < 16 or o + rlen > stop
				local rt = mt:add(hf.request, tvb(o, capped and 16 or rlen))
				local _, rkind = lookup(rty, rflags)
				local rname = req_op and (req_op.name .. " " .. rkind) or nil
				rt:set_text("Request: " .. (rname or ("type " .. rty)))
				add_header(rt, tvb, o, le, req_op and req_op.name, "new")
				if not capped then
					local sub = { scopes = {}, offsets = offsets, base = o }
					local payload_off = o + 16 + (spec.genl and 4 or 0)
					if spec.genl then
						add_int(rt, hf.cmd, tvb(o + 16, 1), le)
					end
					dissect_payload(tvb, payload_off, o + rlen, rt, req_op, le, sub)
					o = o + rlen
				else
					o = o + 16
				end
				summary = (e == 0 and "ACK" or ("error " .. errno_name(e) .. " (" .. e .. ")")) .. " for "
					.. (rname or ("type " .. rty))
			else
				summary = e == 0 and "ACK" or ("error " .. errno_name(e) .. " (" .. e .. ")")
			end
			if e ~= 0 then
				mt:add_proto_expert_info(ef.error, errno_name(e))
			end
			if bit_set(flags, 9) and o < stop then
				local ext = dissect_ext_ack(tvb, o, stop, mt, le, req_op, offsets)
				if ext ~= "" then
					summary = summary .. ": " .. ext
				end
			end
		elseif ty == 3 then
			local name = ctx.dumps and ctx.dumps[seq]
			summary = "NLMSG_DONE" .. (name and (" of " .. name .. " dump") or "")
			local o = off + 16
			if mlen >= 20 then
				local st = le and tvb(o, 4):le_int() or tvb(o, 4):int()
				local si = add_int(mt, hf.status, tvb(o, 4), le)
				if st ~= 0 then
					si:append_text(" (" .. errno_name(st) .. ")")
					summary = summary .. ", " .. errno_name(st)
				end
				o = o + 4
			end
			if bit_set(flags, 9) and o < stop then
				local ext = dissect_ext_ack(tvb, o, stop, mt, le, nil, nil)
				if ext ~= "" then
					summary = summary .. ": " .. ext
				end
			end
		end
		mt:set_text(summary)
		return summary
	end
	local op, kind, dump = lookup(ty, flags)
	local fkind = bit_set(flags, 0) and (dump and "get" or "new") or nil
	local name = op and op.name or nil
	add_header(mt, tvb, off, le, name, fkind)
	local summary = name and (name .. " " .. kind) or ("type " .. ty .. " (not in the spec)")
	if op then
		mt:add(hf.op, tvb(off + 4, 2), name)
		if dump then
			ctx.dumps[seq] = name
		end
	else
		mt:add_proto_expert_info(ef.unknown, "message type " .. ty .. " is not in the spec")
	end
	mt:set_text(summary .. ", seq " .. seq)
	dissect_payload(tvb, off + 16, stop, mt, op, le, ctx)
	return summary
end

-- Which byte order the datagram's first length is in (as Wireshark guesses).
local function guess_le(tvb, off)
	local rem = tvb:len() - off
	if rem < 4 then
		return true
	end
	local l, b = tvb(off, 4):le_uint(), tvb(off, 4):uint()
	return math.abs(l - rem) <= math.abs(b - rem)
end

-- Per capture file: dump requests by sequence number, to name their DONE.
local dumps = {}
function proto.init()
	dumps = {}
end

if spec.genl then
	local f_flags = Field.new("netlink.hdr_flags")
	local f_len = Field.new("netlink.hdr_len")
	-- Wireshark's genl dissector calls this with the message from its
	-- genlmsghdr on, once it knows the family's name (CTRL_CMD_NEWFAMILY).
	function proto.dissector(tvb, pinfo, tree)
		if tvb:len() < 4 then
			return 0
		end
		local lens, all = { f_len() }, { f_flags() }
		local flags_fi, len_fi = all[#all], lens[#lens]
		local le = true
		if len_fi then
			le = len_fi.range:le_uint() == len_fi.value
		end
		local flags = flags_fi and flags_fi.value or 0
		local cmd = tvb(0, 1):uint()
		local t = tree:add(proto, tvb())
		local op, kind = lookup(cmd, flags)
		local ci = t:add(hf.cmd, tvb(0, 1))
		if op then
			ci:append_text(" (" .. op.name .. ")")
			t:add(hf.op, tvb(0, 1), op.name)
		end
		t:add(hf.version, tvb(1, 1))
		add_int(t, hf.reserved, tvb(2, 2), le)
		local summary = op and (op.name .. " " .. kind) or ("command " .. cmd .. " (not in the spec)")
		t:append_text(" (" .. spec.file .. "): " .. summary)
		dissect_payload(tvb, 4, tvb:len(), t, op, le, { scopes = {}, dumps = dumps })
		pinfo.cols.protocol = spec.name
		local info = tostring(pinfo.cols.info)
		pinfo.cols.info = (info ~= "" and (info .. ", ") or "") .. summary
		return tvb:len()
	end
	DissectorTable.get("genl.family"):add(spec.name, proto)
	return
end

-- Raw families: the dissector takes the whole datagram from the link
-- layer (netlink.protocol hands subdissectors one message at a time and
-- keeps NLMSG_ERROR/DONE to itself); other protocols, and datagrams of
-- ours it cannot place, go on to the dissector it replaced.
proto.prefs.protocols = Pref.string("Netlink protocols", tostring(spec.protonum),
	"Netlink protocol numbers this family is decoded on (comma-separated)")
local protocols = {}
local function read_prefs()
	protocols = {}
	for n in string.gmatch(proto.prefs.protocols, "%d+") do
		protocols[tonumber(n)] = true
	end
end
read_prefs()
function proto.prefs_changed()
	read_prefs()
end

local encap = DissectorTable.get("wtap_encap")
local previous = encap:get_dissector(wtap_encaps.NETLINK)

-- True if any message of the datagram is one the spec knows.
local function ours(tvb, le)
	local off = 16
	while off + 16 <= tvb:len() do
		local len, ty, flags, seq = header_fields(tvb, off, le)
		if len < 16 or off + len > tvb:len() then
			return false
		end
		if ty >= 16 and lookup(ty, flags) then
			return true
		elseif ty == 2 and len >= 36 then
			local _, rty, rflags = header_fields(tvb, off + 20, le)
			if lookup(rty, rflags) then
				return true
			end
		elseif ty == 3 and dumps[seq] then
			return true
		end
		off = off + len + (4 - len % 4) % 4
	end
	return false
end

-- Hands the datagram on; an exception there (a datagram that is not
-- netlink) is shown as Wireshark shows it, not raised as a Lua error.
local function pass(tvb, pinfo, tree)
	local ok, n = pcall(function()
		return previous:call(tvb, pinfo, tree)
	end)
	if ok then
		return n
	end
	tree:add_proto_expert_info(ef.malformed, "not a netlink datagram: " .. tostring(n))
	return tvb:len()
end

function proto.dissector(tvb, pinfo, tree)
	if tvb:len() < 32 or tvb(2, 2):uint() ~= 824 or not protocols[tvb(14, 2):uint()] then
		return pass(tvb, pinfo, tree)
	end
	local le = guess_le(tvb, 16)
	if not ours(tvb, le) then
		return pass(tvb, pinfo, tree)
	end
	-- The cooked header as Wireshark shows it (it stops before a message).
	previous:call(tvb(0, 20):tvb(), pinfo, tree)
	local t = tree:add(proto, tvb(16))
	t:append_text(" (protocol " .. tvb(14, 2):uint() .. ", " .. spec.file .. ")")
	local ctx = { scopes = {}, dumps = dumps }
	local off, parts = 16, {}
	local _, _, _, _, pid = header_fields(tvb, off, le)
	pinfo.p2p_dir = pid == 0 and 0 or 1
	while off + 16 <= tvb:len() do
		local len = header_fields(tvb, off, le)
		if len < 16 or off + len > tvb:len() then
			local item = t:add(hf.raw, tvb(off))
			malformed(item, "message length " .. len .. " at offset " .. (off - 16) .. " does not fit")
			break
		end
		parts[#parts + 1] = dissect_message(tvb, off, len, t, le, ctx)
		off = off + len + (4 - len % 4) % 4
	end
	pinfo.cols.protocol = spec.name
	pinfo.cols.info = table.concat(parts, ", ")
	return tvb:len()
end
encap:add(wtap_encaps.NETLINK, proto)
