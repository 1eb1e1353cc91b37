/* What libsasl2 itself offers for the application "libvirt" (as libvirt's server calls
 * sasl_server_init(NULL, "libvirt")), with its configuration path pointed at each directory
 * named on the command line: one line per directory, "error" when sasl_server_init refuses
 * the configuration, else "mechs=" and the mechanisms sasl_listmech lists, space-separated. */
#include <sasl/sasl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *conf_dir;

static int conf_path(void *context, char **path) {
    (void)context;
    *path = (char *)conf_dir;
    return SASL_OK;
}

static int one(void) {
    sasl_callback_t callbacks[] = {
        {SASL_CB_GETCONFPATH, (int (*)(void))&conf_path, NULL},
        {SASL_CB_LIST_END, NULL, NULL},
    };
    if (sasl_server_init(callbacks, "libvirt") != SASL_OK) {
        printf("error\n");
        return 0;
    }
    sasl_conn_t *conn = NULL;
    if (sasl_server_new("libvirt", "localhost", NULL, NULL, NULL, NULL, 0, &conn) != SASL_OK) {
        printf("error-new\n");
        return 0;
    }
    const char *list = NULL;
    unsigned length = 0;
    int count = 0;
    int rc = sasl_listmech(conn, NULL, "", " ", "", &list, &length, &count);
    printf("mechs=%s\n", rc == SASL_OK ? list : "");
    sasl_dispose(&conn);
    return 0;
}

int main(int argc, char **argv) {
    /* libsasl2 initialises once per process: one child per directory. */
    for (int i = 1; i < argc; ++i) {
        fflush(stdout);
        pid_t pid = fork();
        if (pid == 0) {
            conf_dir = argv[i];
            one();
            fflush(stdout);
            _exit(0);
        }
        int status = 0;
        if (pid < 0 || waitpid(pid, &status, 0) < 0) return 1;
    }
    return 0;
}
