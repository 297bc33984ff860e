// Solves a DIMACS min-cost flow file with LEMON's NetworkSimplex (block search pivot rule), for
// comparison with gymplan-bench mcf. Prints "s COST" on standard output and the solve time on standard
// error, in the same format as gymplan-bench. The solve time covers what gymplan's covers: building the
// solver from the graph in memory, setting the maps, and running it; the best of REPEAT runs.
//
// Build: g++ -O2 -o lemon_mcf lemon_mcf.cpp -llemon    (Debian: apt-get install liblemon-dev)
// Usage: lemon_mcf FILE [REPEAT]

#include <lemon/dimacs.h>
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

using Digraph = lemon::SmartDigraph;
using Value = long long;
using Simplex = lemon::NetworkSimplex<Digraph, Value, Value>;

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: lemon_mcf FILE [REPEAT]\n";
        return 64;
    }
    int repeat = argc == 3 ? std::atoi(argv[2]) : 1;
    if (repeat < 1) repeat = 1;
    std::ifstream input(argv[1]);
    if (!input) {
        std::cerr << "Error: cannot read " << argv[1] << "\n";
        return 66;
    }

    Digraph graph;
    Digraph::ArcMap<Value> lower(graph), capacity(graph), cost(graph);
    Digraph::NodeMap<Value> supply(graph);
    auto readStart = std::chrono::steady_clock::now();
    lemon::readDimacsMin(input, graph, lower, capacity, cost, supply);
    std::chrono::duration<double> readTime = std::chrono::steady_clock::now() - readStart;
    bool hasLower = false;
    for (Digraph::ArcIt a(graph); a != lemon::INVALID; ++a) {
        if (lower[a] != 0) hasLower = true;
    }
    std::fprintf(stderr, "c nodes %d arcs %d\n", lemon::countNodes(graph), lemon::countArcs(graph));
    std::fprintf(stderr, "c read time: %.6f s\n", readTime.count());

    double best = 0;
    Simplex::ProblemType result = Simplex::INFEASIBLE;
    Value totalCost = 0;
    for (int run = 0; run < repeat; ++run) {
        auto start = std::chrono::steady_clock::now();
        Simplex simplex(graph);
        if (hasLower) simplex.lowerMap(lower);
        simplex.upperMap(capacity).costMap(cost).supplyMap(supply);
        result = simplex.run(Simplex::BLOCK_SEARCH);
        std::chrono::duration<double> time = std::chrono::steady_clock::now() - start;
        if (result == Simplex::OPTIMAL) totalCost = simplex.totalCost();
        if (run == 0 || time.count() < best) best = time.count();
    }
    std::fprintf(stderr, "c solve time: %.6f s\n", best);

    switch (result) {
    case Simplex::OPTIMAL:
        std::printf("s %lld\n", totalCost);
        return 0;
    case Simplex::INFEASIBLE:
        std::printf("c infeasible\n");
        return 1;
    case Simplex::UNBOUNDED:
        std::printf("c unbounded\n");
        return 1;
    }
    return 70;
}
