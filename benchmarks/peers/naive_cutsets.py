#!/usr/bin/env python3
"""Naive per-scenario cut-set enumeration, the way a general graph library does it: for every failure
scenario (a set of at most ORDER nodes and links), remove it, label connected components and test every
service (all its endpoint entries in one component, an entry being satisfied by any of its alternatives).
A scenario's down services give the minimal cut sets: those with no down subset.

Two libraries: NetworkX (pure Python) and python-igraph (C core). Reads a NeverOut model (YAML/JSON,
nodes, links and services with endpoints; node and link failures only), e.g. the Kdl x 1,000 model that
benchmarks' WriteModelMain writes.

  naive_cutsets.py --lib networkx|igraph MODEL --order K [--sample N] [--seed S]

Without --sample every scenario is evaluated and the minimal cut sets are counted (only feasible for small
ORDER on small graphs). With --sample N, N random scenarios of each size 1..K are timed and the whole job is
extrapolated: sum over k of C(nodes + links, k) x the mean time of a size-k scenario. Output: one JSON line.
"""
import argparse
import itertools
import json
import math
import random
import sys
import time

import yaml


def load(path):
    with open(path, encoding="utf-8") as f:
        model = yaml.safe_load(f)
    nodes = [n["id"] for n in model.get("nodes", [])]
    links = [(l["id"], l["a"], l["b"]) for l in model.get("links", [])]
    services = []
    for s in model.get("services", []):
        entries = []
        for e in s.get("endpoints", []) or []:
            entries.append(list(e) if isinstance(e, list) else [e])
        if entries:
            services.append((s["id"], entries))
    return nodes, links, services


class NetworkxBackend:
    def __init__(self, nodes, links):
        import networkx as nx
        self.nx = nx
        self.graph = nx.MultiGraph()
        self.graph.add_nodes_from(nodes)
        for lid, a, b in links:
            self.graph.add_edge(a, b, key=lid)
        self.link_ends = {lid: (a, b) for lid, a, b in links}

    def components(self, failed_nodes, failed_links):
        g = self.graph.copy()
        g.remove_nodes_from(failed_nodes)
        for lid in failed_links:
            a, b = self.link_ends[lid]
            if g.has_edge(a, b, key=lid):
                g.remove_edge(a, b, key=lid)
        label = {}
        for i, comp in enumerate(self.nx.connected_components(g)):
            for n in comp:
                label[n] = i
        return label


class IgraphBackend:
    def __init__(self, nodes, links):
        import igraph
        self.index = {n: i for i, n in enumerate(nodes)}
        self.nodes = nodes
        self.graph = igraph.Graph(n=len(nodes), edges=[(self.index[a], self.index[b]) for _, a, b in links])
        self.link_index = {lid: i for i, (lid, _, _) in enumerate(links)}

    def components(self, failed_nodes, failed_links):
        g = self.graph.copy()
        g.delete_edges([self.link_index[l] for l in failed_links])
        # deleting vertices renumbers them: isolate them instead (their own component, then ignored)
        dead = {self.index[n] for n in failed_nodes}
        if dead:
            g.delete_edges(sorted({e for v in dead for e in g.incident(v)}))
        membership = g.connected_components().membership
        return {n: membership[i] for n, i in self.index.items() if i not in dead}


def down_services(backend, services, failed_nodes, failed_links):
    label = backend.components(failed_nodes, failed_links)
    down = []
    for sid, entries in services:
        common = None
        for entry in entries:
            labels = {label[x] for x in entry if x in label}
            common = labels if common is None else common & labels
            if not common:
                break
        if not common:
            down.append(sid)
    return down


def split(scenario, node_set):
    return [e for e in scenario if e in node_set], [e for e in scenario if e not in node_set]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lib", choices=["networkx", "igraph"], required=True)
    p.add_argument("model")
    p.add_argument("--order", type=int, required=True)
    p.add_argument("--sample", type=int, default=0)
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    nodes, links, services = load(a.model)
    start = time.perf_counter()
    backend = NetworkxBackend(nodes, links) if a.lib == "networkx" else IgraphBackend(nodes, links)
    events = nodes + [lid for lid, _, _ in links]
    node_set = set(nodes)
    out = {"lib": a.lib, "model": a.model, "nodes": len(nodes), "links": len(links), "services": len(services),
           "order": a.order, "events": len(events)}
    if a.sample:
        rng = random.Random(a.seed)
        per_size = {}
        total = 0.0
        for k in range(1, a.order + 1):
            scenarios = [rng.sample(events, k) for _ in range(a.sample)]
            t0 = time.perf_counter()
            c0 = time.process_time()
            for sc in scenarios:
                down_services(backend, services, *split(sc, node_set))
            mean = (time.perf_counter() - t0) / a.sample
            mean_cpu = (time.process_time() - c0) / a.sample
            count = math.comb(len(events), k)
            per_size[k] = {"scenarios": count, "sampled": a.sample, "mean_ms": round(mean * 1000, 4),
                           "mean_cpu_ms": round(mean_cpu * 1000, 4), "extrapolated_cpu_s": round(count * mean_cpu, 1)}
            total += count * mean_cpu
        # CPU time (one core) rather than wall time: steadier on a shared machine
        out.update({"mode": "sampled and extrapolated (CPU time)", "per_size": per_size,
                    "extrapolated_total_s": round(total, 1), "extrapolated_total_h": round(total / 3600, 2)})
    else:
        minimal = {sid: [] for sid, _ in services}
        scenarios = 0
        for k in range(1, a.order + 1):
            for sc in itertools.combinations(events, k):
                scenarios += 1
                for sid in down_services(backend, services, *split(sc, node_set)):
                    s = frozenset(sc)
                    if not any(c <= s for c in minimal[sid]):
                        minimal[sid].append(s)
        out.update({"mode": "every scenario", "scenarios": scenarios,
                    "cut_set_entries": sum(len(v) for v in minimal.values())})
    out["wall_s"] = round(time.perf_counter() - start, 2)
    print(json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
