/* mfbench.c - entry point of the bench helper program: dispatches to the
 * subcommands declared in bench.h. Knows nothing else. */
#include <stdio.h>
#include <string.h>

#include "bench.h"

int main(int argc, char **argv)
{
    static const struct { const char *name; int (*fn)(int, char **); } cmds[] = {
        {"gen", bench_gen},         {"load", bench_load},       {"run", bench_run},
        {"cpu", bench_cpu},         {"latency", bench_latency}, {"report", bench_report},
        {"parse", bench_parse},     {"follow", bench_follow},
    };
    if (argc >= 2)
        for (size_t i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
            if (strcmp(argv[1], cmds[i].name) == 0)
                return cmds[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "usage: mfbench gen|load|run|cpu|latency|report|parse|follow ... (see tests/bench/bench.sh)\n");
    return 2;
}
