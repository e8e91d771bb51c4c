/*
 * poppler_floor: reads every page of the given PDFs with the three poppler-glib calls that
 * plancite's extract stage makes (text, glyph boxes, text attributes), one document at a time,
 * and does nothing with the result. It is the floor under plancite: the work no change of ours
 * can remove. With `--jobs N` it forks N readers that take the files from one queue, larger
 * files first; timed with one reader and with two, it shows the speed-up this machine gives
 * poppler's own work at the time of a run.
 *
 * Like plancite, it reads each file into memory first, keeps poppler's global parameters built
 * for the whole run (a one-page document left open) and links mimalloc as its allocator.
 * Prints the seconds spent after start-up and (with one reader) the number of characters read.
 * Build: cc -O2 poppler_floor.c -Wl,--no-as-needed -lmimalloc $(pkg-config --cflags --libs poppler-glib) -o poppler-floor
 */
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Reads one page as plancite does; returns the number of glyph boxes. */
static long read_page(PopplerPage *page) {
    char *text = poppler_page_get_text(page);
    PopplerRectangle *boxes = NULL;
    guint count = 0;
    if (!poppler_page_get_text_layout(page, &boxes, &count)) count = 0;
    GList *attributes = poppler_page_get_text_attributes(page);
    poppler_page_free_text_attributes(attributes);
    g_free(boxes);
    g_free(text);
    return (long)count;
}

/* Reads every page of one file; returns its glyph count, or -1 when it does not open. */
static long read_document(const char *path) {
    GError *error = NULL;
    gchar *contents = NULL;
    gsize length = 0;
    PopplerDocument *document = NULL;
    if (g_file_get_contents(path, &contents, &length, &error)) {
        GBytes *bytes = g_bytes_new_take(contents, length);
        document = poppler_document_new_from_bytes(bytes, NULL, &error);
        g_bytes_unref(bytes);
    }
    if (!document) {
        fprintf(stderr, "%s: %s\n", path, error ? error->message : "cannot open");
        g_clear_error(&error);
        return -1;
    }
    long characters = 0;
    int pages = poppler_document_get_n_pages(document);
    for (int p = 0; p < pages; p++) {
        PopplerPage *page = poppler_document_get_page(document, p);
        if (!page) continue;
        characters += read_page(page);
        g_object_unref(page);
    }
    g_object_unref(document);
    return characters;
}

/* Opens a one-page document and never closes it, so that poppler builds its global parameters
 * once, not once per document. */
static void keep_globals(void) {
    static const char *objects[] = {
        "<</Type/Catalog/Pages 2 0 R>>",
        "<</Type/Pages/Kids[3 0 R]/Count 1>>",
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>",
    };
    GString *pdf = g_string_new("%PDF-1.4\n");
    gsize offsets[3];
    for (int i = 0; i < 3; i++) {
        offsets[i] = pdf->len;
        g_string_append_printf(pdf, "%d 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }
    gsize xref = pdf->len;
    g_string_append(pdf, "xref\n0 4\n0000000000 65535 f \n");
    for (int i = 0; i < 3; i++) g_string_append_printf(pdf, "%010lu 00000 n \n", (unsigned long)offsets[i]);
    g_string_append_printf(pdf, "trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n%lu\n%%%%EOF\n", (unsigned long)xref);
    GBytes *bytes = g_string_free_to_bytes(pdf);
    if (!poppler_document_new_from_bytes(bytes, NULL, NULL)) fprintf(stderr, "poppler_floor: anchor document did not open\n");
    g_bytes_unref(bytes);
}

/* Reads the files whose indices come through `queue` (4 bytes each) until it is empty. */
static long drain(int queue, char **paths) {
    long characters = 0;
    gint32 index;
    while (read(queue, &index, sizeof index) == sizeof index) {
        long read_now = read_document(paths[index]);
        if (read_now < 0) return -1;
        characters += read_now;
    }
    return characters;
}

/* Larger files first, so that the last file to finish is a small one. */
static gint64 *sizes;
static int larger_first(const void *a, const void *b) {
    gint32 ia = *(const gint32 *)a, ib = *(const gint32 *)b;
    return sizes[ia] < sizes[ib] ? 1 : sizes[ia] > sizes[ib] ? -1 : ia - ib;
}

int main(int argc, char **argv) {
    double start = now();
    int jobs = 1, first = 1;
    if (argc > 2 && strcmp(argv[1], "--jobs") == 0) {
        jobs = atoi(argv[2]);
        first = 3;
    }
    if (jobs < 1 || first >= argc) {
        fprintf(stderr, "usage: poppler-floor [--jobs N] FILE...\n");
        return 2;
    }
    /* A queue of file indices that the readers share, as plancite's workers share its jobs. */
    int queue[2];
    if (pipe(queue) != 0) { perror("poppler_floor: pipe"); return 1; }
    int count = argc - first;
    /* The whole queue is written before any reader starts, so it must fit in the pipe's buffer. */
    if ((size_t)count * sizeof(gint32) > 65536) {
        fprintf(stderr, "poppler_floor: at most %zu files\n", 65536 / sizeof(gint32));
        return 2;
    }
    gint32 *order = g_new(gint32, count);
    sizes = g_new0(gint64, argc);
    for (int i = 0; i < count; i++) {
        struct stat info;
        order[i] = first + i;
        if (stat(argv[first + i], &info) == 0) sizes[first + i] = info.st_size;
    }
    if (jobs > 1) qsort(order, count, sizeof *order, larger_first);
    if (write(queue[1], order, count * sizeof *order) != (ssize_t)(count * sizeof *order)) {
        perror("poppler_floor: queue");
        return 1;
    }
    close(queue[1]);
    g_free(order);
    g_free(sizes);

    long characters = 0;
    if (jobs == 1) {
        keep_globals();
        characters = drain(queue[0], argv);
    } else {
        for (int i = 0; i < jobs; i++) {
            pid_t child = fork();
            if (child == 0) {
                keep_globals();
                _exit(drain(queue[0], argv) < 0 ? 1 : 0);
            }
            if (child < 0) { perror("poppler_floor: fork"); return 1; }
        }
        int status, failed = 0;
        while (wait(&status) > 0) failed |= !WIFEXITED(status) || WEXITSTATUS(status) != 0;
        if (failed) characters = -1;
    }
    if (characters < 0) return 1;
    printf("%.6f %ld\n", now() - start, characters);
    return 0;
}
