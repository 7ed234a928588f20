/* runproc.c - run one program and measure it (wall time, peak RSS and CPU
 * of exactly that process via wait4), and the CPU time used so far by a
 * server's process tree (from /proc), so the bench can split client CPU
 * from server CPU. Knows nothing about what the programs do. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"

static int redirect(const char *path, int fd)
{
    int f;
    if (path == NULL)
        return 0;
    f = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (f < 0 || dup2(f, fd) < 0)
        return -1;
    close(f);
    return 0;
}

/* mfbench run [--out F] [--err F] -- CMD ARGS...
 * Prints: exit=N wall_s=S maxrss_kb=K user_s=U sys_s=S pid=P */
int bench_run(int argc, char **argv)
{
    const char *out = bench_opt(argc, argv, "out", NULL);
    const char *errp = bench_opt(argc, argv, "err", NULL);
    int i, status = 0, code;
    pid_t pid;
    struct rusage ru;
    double t0, t1;

    for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
        ;
    if (i + 1 >= argc) {
        fprintf(stderr, "usage: mfbench run [--out F] [--err F] -- CMD ARGS...\n");
        return 2;
    }
    fflush(NULL);
    t0 = bench_now();
    pid = fork();
    if (pid < 0) {
        perror("mfbench run: fork");
        return 1;
    }
    if (pid == 0) {
        if (redirect(out, 1) != 0 || redirect(errp, 2) != 0) {
            perror("mfbench run: redirect");
            _exit(126);
        }
        execvp(argv[i + 1], argv + i + 1);
        fprintf(stderr, "mfbench run: could not run %s: %s\n", argv[i + 1], strerror(errno));
        _exit(127);
    }
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("mfbench run: wait4");
            return 1;
        }
    }
    t1 = bench_now();
    code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("exit=%d wall_s=%.6f maxrss_kb=%ld user_s=%.3f sys_s=%.3f pid=%ld\n", code, t1 - t0,
           ru.ru_maxrss, (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec / 1e6,
           (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6, (long)pid);
    return 0;
}

/* utime+stime (+ cutime+cstime when with_children) of pid in clock ticks,
 * and its parent pid. -1 when unreadable. */
static long long proc_ticks(long pid, int with_children, long *ppid)
{
    char path[64], buf[2048], *p;
    FILE *f;
    size_t n;
    unsigned long long ut, st;
    long long cut, cst;
    int field;

    snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
    f = fopen(path, "r");
    if (f == NULL)
        return -1;
    n = fread(buf, 1, sizeof(buf) - 1, f);
    fclose(f);
    buf[n] = '\0';
    p = strrchr(buf, ')'); /* comm may contain spaces */
    if (p == NULL)
        return -1;
    p += 2;
    /* field 3 is state; we want 4 (ppid), 14-17 (utime stime cutime cstime) */
    ut = st = 0;
    cut = cst = 0;
    *ppid = 0;
    for (field = 3; *p && field <= 17; field++) {
        char *end;
        if (field == 4)
            *ppid = strtol(p, &end, 10);
        else if (field == 14)
            ut = strtoull(p, &end, 10);
        else if (field == 15)
            st = strtoull(p, &end, 10);
        else if (field == 16)
            cut = strtoll(p, &end, 10);
        else if (field == 17)
            cst = strtoll(p, &end, 10);
        p = strchr(p, ' ');
        if (p == NULL)
            break;
        p++;
    }
    return (long long)(ut + st) + (with_children ? cut + cst : 0);
}

/* CPU ticks of root, its reaped children and its live children; *nchild
 * gets how many live (or not yet reaped) children it has. -1: no root. */
static long long tree_ticks(long root, int *nchild)
{
    long ppid;
    long long total = proc_ticks(root, 1, &ppid);
    DIR *d;
    struct dirent *e;

    *nchild = 0;
    if (total < 0)
        return -1;
    d = opendir("/proc");
    while (d && (e = readdir(d)) != NULL) {
        long pid = atol(e->d_name);
        long long t;
        if (pid <= 0 || pid == root)
            continue;
        t = proc_ticks(pid, 1, &ppid);
        if (t >= 0 && ppid == root) {
            total += t;
            (*nchild)++;
        }
    }
    if (d)
        closedir(d);
    return total;
}

/* mfbench cpu PID [--settle N]: CPU seconds used by PID, its reaped children,
 * and its live children (PostgreSQL backends, Redis's forks), then how many
 * live children it has. With --settle, first wait (at most 5 s) until it has
 * at most N children and its total has stopped moving for 150 ms: the CPU of
 * a backend that has just exited can be missing from /proc for a while
 * before it reaches the postmaster's total (measuring at once lost up to
 * half of a flush's server CPU). */
int bench_cpu(int argc, char **argv)
{
    long root;
    long long total, prev = -1;
    int n, i;
    const char *settle = bench_opt(argc, argv, "settle", NULL);
    double hz = (double)sysconf(_SC_CLK_TCK);

    if (argc < 2 || (root = atol(argv[1])) <= 0) {
        fprintf(stderr, "usage: mfbench cpu PID [--settle N]\n");
        return 2;
    }
    for (i = 0;; i++) {
        total = tree_ticks(root, &n);
        if (total < 0) {
            fprintf(stderr, "mfbench cpu: no process %ld\n", root);
            return 1;
        }
        if (settle == NULL || (n <= atoi(settle) && total == prev) || i >= 33)
            break;
        prev = n <= atoi(settle) ? total : -1;
        usleep(150000);
    }
    printf("%.2f %d\n", (double)total / hz, n);
    return 0;
}
