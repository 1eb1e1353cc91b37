#!/usr/bin/python3
"""Differential test of oscap-virt's firewall readers against the real programs.

  firewall_diff.py KIND COUNT SEED FW_DUMP WORKDIR

KIND is firewalld, iptables or nftables. COUNT configurations are generated from a grammar of
what hosts write, then mutated (lines dropped, duplicated or broken) with a fixed SEED, and each
is read twice: by oscap-virt (FW_DUMP, tests/differential/config_dump.cpp) and by the program that
loads it at boot:

  firewalld  firewalld's own loader (Python module `firewall`, as firewall-offline-cmd runs it)
             over the generated /etc/firewalld and the Debian package's /usr/lib/firewalld;
  iptables   iptables-restore in a new network namespace, listed back with iptables-save;
  nftables   nft -f in a new network namespace, listed back with nft -j list ruleset.

Both must accept or refuse the same files, and for accepted files agree on what the checks use:
zones, policies, services and the default zone; chain policies and each rule's verdict. For
iptables and nftables the program's own listing is read back by oscap-virt too and must mean the
same (rule meanings: ports, states, interfaces, ICMP). Runs as root (namespaces).
"""
import json
import os
import random
import shutil
import subprocess
import sys

KIND, COUNT, SEED, FW_DUMP, WORK = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
rng = random.Random(SEED)


def run(argv, **kw):
    return subprocess.run(argv, capture_output=True, text=True, **kw)


def dump(kind, path):
    out = run([FW_DUMP, kind, path])
    if out.returncode != 0:
        raise SystemExit("config_dump failed on %s: %s" % (path, out.stderr))
    return out.stdout.splitlines()


def mutate(lines):
    """Breaks a configuration the way editing does: a line lost, doubled, cut or misplaced."""
    lines = list(lines)
    for _ in range(rng.choice([0, 0, 0, 0, 1, 1, 2])):
        if not lines:
            break
        i = rng.randrange(len(lines))
        what = rng.randrange(5)
        if what == 0:
            del lines[i]
        elif what == 1:
            lines.insert(i, lines[i])
        elif what == 2:
            lines[i] = lines[i][: rng.randrange(len(lines[i]) + 1)]
        elif what == 3:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = "  " + lines[i] + rng.choice(["", " ", "\t", ";", " #x"])
    return lines


# ---- firewalld --------------------------------------------------------------------------------

SERVICES = ["ssh", "http", "libvirt-tls", "cockpit", "samba", "dhcpv6-client", "vnc-server", "nosuchservice"]


def fw_elements(in_policy):
    pool = [
        lambda: '<service name="%s"/>' % rng.choice(SERVICES),
        lambda: '<port port="%s" protocol="%s"/>' % (rng.choice(["22", "5900-6166", "80", "5901", "0", "70000", "8080-8081", "x"]),
                                                      rng.choice(["tcp", "udp", "sctp", "icmp"])),
        lambda: '<protocol value="%s"/>' % rng.choice(["icmp", "gre", "ipv6-icmp"]),
        lambda: '<source-port port="%s" protocol="udp"/>' % rng.choice(["53", "67-68"]),
        lambda: '<forward-port port="2222" protocol="tcp" to-port="22"%s/>' % rng.choice(["", ' to-addr="192.0.2.10"']),
        lambda: '<masquerade/>',
        lambda: '<icmp-block name="echo-request"/>',
        lambda: '<destination address="192.0.2.1"/>',
        lambda: '<unknown-element/>',
        lambda: rich_rule(),
        lambda: rich_rule(),
    ]
    if not in_policy:
        pool += [lambda: '<interface name="eth%d"/>' % rng.randrange(3),
                 lambda: '<source address="%s"/>' % rng.choice(["10.0.0.0/8", "192.0.2.7", "2001:db8::/32"]),
                 lambda: '<forward/>', lambda: '<icmp-block-inversion/>']
    else:
        pool += [lambda: '<ingress-zone name="%s"/>' % rng.choice(["ANY", "public", "HOST", "drop"]),
                 lambda: '<egress-zone name="%s"/>' % rng.choice(["HOST", "ANY", "public"])]
    return [rng.choice(pool)() for _ in range(rng.randrange(6))]


def rich_rule():
    attrs = ""
    if rng.random() < 0.6:
        attrs += ' family="%s"' % rng.choice(["ipv4", "ipv6", "ipv5"])
    if rng.random() < 0.4:
        attrs += ' priority="%s"' % rng.choice(["-10", "0", "32767", "40000", "5"])
    body = []
    if rng.random() < 0.5:
        body.append('<source address="%s"%s/>' % (rng.choice(["10.0.0.0/8", "0.0.0.0/0", "2001:db8::1"]),
                                                   rng.choice(["", ' invert="yes"'])))
    if rng.random() < 0.2:
        body.append('<source mac="00:11:22:33:44:55"/>')
    if rng.random() < 0.6:
        body.append(rng.choice(['<service name="%s"/>' % rng.choice(SERVICES), '<port port="80" protocol="tcp"/>',
                                '<protocol value="tcp"/>', '<icmp-type name="echo-request"/>',
                                '<forward-port port="80" protocol="tcp" to-port="8080"/>', '<masquerade/>',
                                '<source-port port="53" protocol="udp"/>']))
    if rng.random() < 0.2:
        body.append('<log prefix="x" level="%s"/>' % rng.choice(["info", "bogus"]))
    if rng.random() < 0.85:
        body.append(rng.choice(["<accept/>", "<reject/>", "<drop/>", '<mark set="1"/>',
                                '<accept><limit value="1/m"/></accept>', "<accept/><drop/>"]))
    return "<rule%s>%s</rule>" % (attrs, "".join(body))


def write(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")


def gen_firewalld(root):
    shutil.copytree("/usr/lib/firewalld", root + "/usr/lib/firewalld")
    etc = root + "/etc/firewalld"
    os.makedirs(etc)
    conf = rng.choice([["DefaultZone=public"], ["DefaultZone=drop"], ["# DefaultZone=trusted"], [],
                       ["DefaultZone = work"], ["DefaultZone=home", "DefaultZone=trusted"], ["DefaultZone="],
                       ["DefaultZone=a=b"], ["DefaultZone=mine"], [" DefaultZone=dmz ", "Lockdown=no"],
                       ["; DefaultZone=block", "DefaultZone=external"]])
    if rng.random() < 0.9:
        write(etc + "/firewalld.conf", conf)
    for _ in range(rng.randrange(4)):
        name = rng.choice(["public", "mine", "trusted", "work", "drop"])
        target = rng.choice(["", ' target="ACCEPT"', ' target="DROP"', ' target="%%REJECT%%"', ' target="default"',
                             ' target="REJECT"', ""])
        write(etc + "/zones/%s.xml" % name,
              mutate(['<?xml version="1.0" encoding="utf-8"?>', "<zone%s>" % target, "<short>x</short>"]
                     + fw_elements(False) + ["</zone>"]))
    for _ in range(rng.randrange(3)):
        name = rng.choice(["to-host", "allow-host-ipv6", "fwd"])
        target = rng.choice(["CONTINUE", "ACCEPT", "DROP", "REJECT", "bogus"])
        write(etc + "/policies/%s.xml" % name,
              mutate(['<?xml version="1.0" encoding="utf-8"?>',
                      '<policy target="%s"%s>' % (target, rng.choice(["", ' priority="-5"', ' priority="x"']))]
                     + fw_elements(True) + ["</policy>"]))
    for _ in range(rng.randrange(3)):
        name = rng.choice(["ssh", "site", "http"])
        body = [rng.choice(['<port protocol="tcp" port="%s"/>' % rng.choice(["22", "80", "5900-5910", "0"]),
                            '<protocol value="gre"/>', '<include service="%s"/>' % rng.choice(SERVICES),
                            '<source-port protocol="udp" port="53"/>', '<module name="nf_conntrack_ftp"/>',
                            '<port protocol="tcp" port=""/>', '<destination ipv4="224.0.0.251"/>', '<bogus/>'])
                for _ in range(rng.randrange(4))]
        write(etc + "/services/%s.xml" % name, mutate(['<service>'] + body + ['</service>']))


def firewalld_oracle(roots):
    """firewalld's loader over each root, in one process (module-level paths are switched)."""
    sys.path.insert(0, "/usr/lib/python3/dist-packages")
    from firewall import config
    from firewall.core.fw import Firewall
    from firewall.core.logger import log
    log.setInfoLogLevel(-1)
    log.setDebugLogLevel(-1)
    log.error = log.warning = lambda *a, **k: None
    results = {}
    for root in roots:
        config.set_system_config_paths(root + "/etc/firewalld")
        config.set_default_config_paths(root + "/usr/lib/firewalld")
        try:
            fw = Firewall(offline=True)
            fw.start()
        except Exception:
            results[root] = ["refused"]
            continue
        out = ["default-zone " + fw.get_default_zone()]

        def ports(items):
            by = {}
            for port, proto in items:
                low, _, high = str(port).partition("-")
                by.setdefault(proto, []).append((int(low), int(high or low)))
            texts = []
            for proto, ranges in by.items():
                merged = []
                for low, high in sorted(ranges):
                    if merged and low <= merged[-1][1] + 1:
                        merged[-1][1] = max(merged[-1][1], high)
                    else:
                        merged.append([low, high])
                texts += ["%s/%s" % (str(l) if l == h else "%d-%d" % (l, h), proto) for l, h in merged]
            return "".join(" " + t for t in sorted(texts))

        def rules(who, obj):
            target = obj.target
            if target == "{chain}_{zone}":
                target = "default"
            out.append("%s target %s" % (who, target))
            out.append("%s services%s" % (who, "".join(" " + s for s in sorted(obj.services))))
            out.append("%s ports%s" % (who, ports(obj.ports)))
            out.append("%s protocols%s" % (who, "".join(" " + s for s in sorted(obj.protocols))))
            out.append("%s source-ports%s" % (who, ports(obj.source_ports)))
            out.append("%s forward-ports%s" % (who, "".join(
                " %s/%s>%s@%s" % f for f in sorted(obj.forward_ports))))
            out.append("%s rules %d" % (who, len(obj.rules)))

        for name in sorted(fw.config.get_zones()):
            z = fw.config.get_zone(name)
            rules("zone " + name, z)
            out.append("zone %s interfaces%s" % (name, "".join(" " + i for i in sorted(z.interfaces))))
            out.append("zone %s sources%s" % (name, "".join(" " + i for i in sorted(z.sources))))
        for name in sorted(fw.config.get_policy_objects()):
            p = fw.config.get_policy_object(name)
            rules("policy " + name, p)
            out.append("policy %s priority %d" % (name, p.priority))
            out.append("policy %s ingress%s" % (name, "".join(" " + i for i in sorted(p.ingress_zones))))
            out.append("policy %s egress%s" % (name, "".join(" " + i for i in sorted(p.egress_zones))))
        for name in sorted(fw.config.get_services()):
            s = fw.config.get_service(name)
            out.append("service %s ports%s" % (name, ports([p for p in s.ports if p[0]])))
            protocols = list(s.protocols) + [p[1] for p in s.ports if not p[0]]
            out.append("service %s protocols%s" % (name, "".join(" " + p for p in sorted(protocols))))
            out.append("service %s includes%s" % (name, "".join(" " + i for i in sorted(s.includes))))
        results[root] = out
    return results


# ---- iptables ---------------------------------------------------------------------------------

IPT_MATCHES = ["-p tcp --dport 22", "-p tcp -m tcp --dport 5900:6166", "-p udp --dport 53", "-i lo",
               "-m state --state ESTABLISHED,RELATED", "-m conntrack --ctstate RELATED,ESTABLISHED",
               "-p icmp", "-s 10.0.0.0/8", "-s 0.0.0.0/0", "-p tcp -m multiport --dports 22,80,49152:49216",
               "-m comment --comment \"allow it\"", "-p tcp ! --dport 22", "-m state --state NEW",
               "-p all", "", "", "-p tcp --sport 53", "-i eth0", "! -i lo", "-m mark --mark 0x1"]
IPT_TARGETS = ["ACCEPT", "DROP", "REJECT", "REJECT --reject-with icmp-host-prohibited", "RETURN", "LOG --log-prefix \"in \"",
               "USERCHAIN", "ACCEPT", "DROP", "ACCEPT", "USERCHAIN", "UNDECLARED", "ACCEPTT"]


def gen_iptables(path):
    lines = ["# Generated by hand"]
    tables = rng.choice([["filter"], ["filter"], ["filter"], ["filter", "nat"], ["bogus"]])
    for table in tables:
        lines.append("*" + table)
        lines.append(":INPUT %s [0:0]" % rng.choice(["ACCEPT", "DROP", "DROP", "ACCEPT", "DROP", "REJECT"]))
        if table == "filter":
            lines.append(":FORWARD ACCEPT [0:0]")
        if rng.random() < 0.6:
            lines.append(":USERCHAIN - [0:0]")
            for _ in range(rng.randrange(3)):
                lines.append("-A USERCHAIN %s -j %s" % (rng.choice(IPT_MATCHES), rng.choice(IPT_TARGETS[:6])))
        for _ in range(rng.randrange(7)):
            verb = rng.choice(["-A INPUT", "-A INPUT", "--append INPUT", "-I INPUT", "-I INPUT 1", "[5:300] -A INPUT"])
            lines.append("%s %s -j %s" % (verb, rng.choice(IPT_MATCHES), rng.choice(IPT_TARGETS)))
        if rng.random() < 0.9:
            lines.append("COMMIT")
    write(path, mutate(lines))


def ipt_oracle(path):
    out = run(["unshare", "-n", "sh", "-c", "iptables-restore < \"$1\" && iptables-save", "sh", path])
    if out.returncode != 0:
        return None
    listed = path + ".listed"
    with open(listed, "w") as f:
        f.write(out.stdout)
    return listed


def ipt_structure(lines):
    """Chains by (table, chain): policy and rules in order; built-in chains that are empty and
    accept are dropped (iptables-save lists all built-in chains of a table it shows)."""
    chains = {}
    for line in lines:
        table, chain, rest = line.split(" ", 2)
        chains.setdefault((table, chain), []).append(rest)
    return {k: v for k, v in chains.items() if v != ["policy ACCEPT"]}


# ---- nftables ---------------------------------------------------------------------------------

NFT_RULES = ["tcp dport 22 accept", "tcp dport { 22, 16514 } accept", "ct state established,related accept",
             "ct state vmap { established : accept, related : accept, invalid : drop }", "iif lo accept",
             'iifname "lo" accept', "meta l4proto icmp accept", "ip protocol icmp accept", "ip saddr 10.0.0.0/8 accept",
             "counter accept", "counter drop", "reject with icmpx type admin-prohibited", "jump other",
             "udp dport 53 accept", "th dport 5900-5999 accept", "ip6 nexthdr ipv6-icmp accept",
             'log prefix "in " drop', "limit rate 10/second accept", "tcp dport != 22 accept",
             "icmp type echo-request accept", "tcp dport $ports accept", "tcp dport @allowed accept",
             "meta l4proto { tcp, udp } th dport 49152-49216 accept", "drop", "accept", "return",
             "ct state invalid drop", "tcp flags syn tcp dport 80 accept", "meta mark 0x1 accept"]


def gen_nftables(path):
    sep = rng.choice(["\n", "; ", "\n"])
    lines = ["#!/usr/sbin/nft -f"]
    if rng.random() < 0.5:
        lines.append("flush ruleset")
    lines.append("define ports = { 22, %s }" % rng.choice(["80", "16514", "5901"]))
    lines.append("define pol = %s" % rng.choice(['"drop"', '"accept"', '"drop"', "drop"]))
    family = rng.choice(["inet", "inet", "ip", "ip6"])
    table = rng.choice(["filter", "fw"])
    if rng.random() < 0.75:
        lines.append("table %s %s {" % (family, table))
        if rng.random() < 0.5:
            lines.append("  set allowed { type inet_service%selements = { 22, 5900-6166 }%s}" % (sep, sep if sep != "\n" else " "))
        if rng.random() < 0.1:
            lines.append("  flags dormant")
        lines.append("  chain other {")
        for _ in range(rng.randrange(3)):
            lines.append("    " + rng.choice(NFT_RULES[:12]))
        lines.append("  }")
        lines.append("  chain input {")
        lines.append("    type filter hook input priority %s;%spolicy %s;" % (
            rng.choice(["0", "filter", "-10"]), sep, rng.choice(["drop", "accept", "$pol"])))
        for _ in range(rng.randrange(6)):
            lines.append("    " + rng.choice(NFT_RULES) + (";" if rng.random() < 0.3 else ""))
        lines.append("  }")
        lines.append("}")
    else:
        lines.append("add table %s %s" % (family, table))
        lines.append("add chain %s %s other" % (family, table))
        lines.append("add chain %s %s input { type filter hook input priority 0 ; policy %s ; }" % (
            family, table, rng.choice(["drop", "accept"])))
        for _ in range(rng.randrange(5)):
            lines.append("%s rule %s %s input %s" % (rng.choice(["add", "insert"]), family, table,
                                                     rng.choice(NFT_RULES[:12] + NFT_RULES[13:20])))
    if rng.random() < 0.15:
        lines.append("delete table inet nosuch")
    write(path, mutate(lines))


def nft_oracle(path):
    out = run(["unshare", "-n", "sh", "-c", "nft -f \"$1\" && nft list ruleset && echo '#JSON' && nft -j list ruleset",
               "sh", path])
    if out.returncode != 0:
        return None
    text, _, js = out.stdout.partition("#JSON\n")
    listed = path + ".listed"
    with open(listed, "w") as f:
        f.write(text)
    return listed, json.loads(js)


VERDICTS = {"accept": "accept", "drop": "deny", "reject": "deny", "jump": "jump", "goto": "goto", "return": "return"}


def nft_json_structure(data):
    out = []
    for item in data["nftables"]:
        if "table" in item:
            t = item["table"]
            # nft 1.0.6 writes the version string as "flags" of a dormant table in JSON.
            flags = t.get("flags", [])
            dormant = "dormant" in flags if isinstance(flags, list) else bool(flags)
            out.append("table %s %s%s" % (t["family"], t["name"], " dormant" if dormant else ""))
        elif "chain" in item:
            c = item["chain"]
            line = "chain %s %s %s" % (c["family"], c["table"], c["name"])
            if "hook" in c:
                line += " %s %s policy %s" % (c["type"], c["hook"], c.get("policy", "accept"))
            out.append(line)
        elif "rule" in item:
            r = item["rule"]
            verdict = "none"
            for expr in r["expr"]:
                for key in expr:
                    if key in VERDICTS:
                        verdict = VERDICTS[key]
                        if key in ("jump", "goto"):
                            verdict += ":" + expr[key]["target"]
                    if key == "vmap":
                        verdict = "vmap"
            out.append("rule %s %s %s %s" % (r["family"], r["table"], r["chain"], verdict))
    return out


def nft_ours_structure(lines):
    out = []
    for line in lines:
        if line.startswith("rule "):
            parts = line.split(" ")
            out.append(" ".join(parts[:5]))
        else:
            out.append(line)
    return out


def ordered_by_chain(lines):
    """Tables and chains as sets, rules in order within their chain (listings order them)."""
    result = {}
    for line in lines:
        kind, rest = line.split(" ", 1)
        if kind == "rule":
            family, table, chain, verdict = rest.split(" ", 3)
            result.setdefault(("rules", family, table, chain), []).append(verdict)
        else:
            result.setdefault((kind,), set()).add(rest)
    return result


# ---- driver -----------------------------------------------------------------------------------

def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    failures, accepted, refused, unsure = [], 0, 0, 0
    if KIND == "firewalld":
        roots = []
        for n in range(COUNT):
            root = "%s/case%03d" % (WORK, n)
            gen_firewalld(root)
            roots.append(root)
        oracle = firewalld_oracle(roots)
        for root in roots:
            ours = dump("firewalld", root)
            theirs = oracle[root]
            if ours == ["refused"]:
                refused += 1
            else:
                accepted += 1
            if ours != theirs:
                diff = [l for l in ours if l not in theirs][:3] + ["--- firewalld:"] + [l for l in theirs if l not in ours][:3]
                failures.append("%s: %s" % (root, " | ".join(diff)))
    else:
        for n in range(COUNT):
            path = "%s/case%03d.%s" % (WORK, n, "rules" if KIND == "iptables" else "nft")
            (gen_iptables if KIND == "iptables" else gen_nftables)(path)
            ours = dump(KIND, path)
            listed = (ipt_oracle if KIND == "iptables" else nft_oracle)(path)
            if listed is None:
                refused += 1
                # Allowed only where oscap-virt flags a rule it does not understand: the firewall
                # checks then say unknown, never pass.
                if ours != ["refused"] and not any("not-understood" in l for l in ours):
                    failures.append("%s: the program refuses it, oscap-virt reads it" % path)
                elif ours != ["refused"]:
                    unsure += 1
                continue
            accepted += 1
            if ours == ["refused"]:
                failures.append("%s: the program loads it, oscap-virt refuses it" % path)
                continue
            if KIND == "iptables":
                again = dump(KIND, listed)
                if ipt_structure(ours) != ipt_structure(again):
                    failures.append("%s: meaning differs from iptables-save's listing: %s vs %s" % (
                        path, sorted(ipt_structure(ours).items())[:4], sorted(ipt_structure(again).items())[:4]))
            else:
                listed_path, data = listed
                again = dump(KIND, listed_path)
                if ordered_by_chain(ours) != ordered_by_chain(again):
                    failures.append("%s: meaning differs from nft's listing: %s" % (
                        path, [l for l in ours if l not in again][:3] + ["---"] + [l for l in again if l not in ours][:3]))
                if ordered_by_chain(nft_ours_structure(ours)) != ordered_by_chain(
                        [l for l in nft_json_structure(data) if not l.endswith(" vmap")]) and \
                        not any(l.endswith(" vmap") for l in nft_json_structure(data)):
                    failures.append("%s: structure differs from nft -j: %s | %s" % (
                        path, nft_ours_structure(ours)[:6], nft_json_structure(data)[:6]))
    print("%s: %d generated (seed %d): %d loaded, %d refused by the program (%d of them read by "
          "oscap-virt with a rule it does not understand: unknown); %d disagreements"
          % (KIND, COUNT, SEED, accepted, refused, unsure, len(failures)))
    for failure in failures[:20]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


main()
