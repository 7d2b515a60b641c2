//! The graph file format itself (schema 1): networkx node-link JSON, so
//! `networkx.node_link_graph(data, edges="links")` reads it as a directed multigraph whose edge
//! keys are the relations. Written with two-space indentation and a final newline.

use crate::graph::Graph;
use std::io::{self, Write};

/// Writes the graph as node-link JSON.
pub fn write(graph: &Graph, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, graph).map_err(io::Error::other)?;
    out.write_all(b"\n")
}
