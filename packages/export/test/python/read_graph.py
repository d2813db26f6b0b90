"""Reads a GEXF or GraphML file with networkx (or GraphML with igraph) and prints a JSON
summary on stdout, so the TypeScript tests can compare it with the source MapDocument.

Usage: read_graph.py networkx-gexf|networkx-graphml|igraph-graphml FILE
"""
import json
import math
import sys


def without_nan(attrs):
    # igraph fills attributes a vertex lacks with NaN, which JSON cannot carry.
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in attrs.items()}


def summary_networkx(graph):
    nodes = {}
    for key, data in graph.nodes(data=True):
        nodes[str(key)] = {k: v for k, v in data.items()}
    edges = [[str(u), str(v), d] for u, v, d in graph.edges(data=True)]
    return {"directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def igraph_id(vertex):
    # igraph 0.10's GraphML reader (libxml2 SAX without entity substitution) returns
    # "&amp;" inside *attribute* values as "&#38;"; element text (our <data>) is fine.
    return str(vertex["id"]).replace("&#38;", "&")


def summary_igraph(graph):
    nodes = {}
    for vertex in graph.vs:
        nodes[igraph_id(vertex)] = without_nan(vertex.attributes())
    edges = []
    for edge in graph.es:
        source = igraph_id(graph.vs[edge.source])
        target = igraph_id(graph.vs[edge.target])
        edges.append([source, target, without_nan(edge.attributes())])
    return {"directed": graph.is_directed(), "nodes": nodes, "edges": edges}


def main():
    reader, path = sys.argv[1], sys.argv[2]
    if reader == "networkx-gexf":
        import networkx

        result = summary_networkx(networkx.read_gexf(path))
    elif reader == "networkx-graphml":
        import networkx

        result = summary_networkx(networkx.read_graphml(path))
    elif reader == "igraph-graphml":
        import igraph

        result = summary_igraph(igraph.Graph.Read_GraphML(path))
    else:
        raise SystemExit(f"unknown reader {reader}")
    json.dump(result, sys.stdout, default=str, sort_keys=True)


main()
