//! The graph file format itself (schema 1, see `graph::model`): networkx node-link JSON, so
//! `networkx.node_link_graph(data, edges="links")` reads it as a directed multigraph whose edge
//! keys are the relations. Written by `graph::io::write`, so it is byte for byte what
//! `actorgraph build` writes for the same graph (one node and one link a line).

use crate::graph::{Graph, io as graph_io};
use std::io::{self, Write};

/// Writes the graph as node-link JSON.
pub fn write(graph: &Graph, mut out: &mut dyn Write) -> io::Result<()> {
    graph_io::write(graph, &mut out)
}
