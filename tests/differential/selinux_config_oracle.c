/* Oracle for the SELinux config reader: what libselinux itself makes of /etc/selinux/config.
 * Run inside a private mount namespace whose /etc/selinux/config is the fixture.
 * Prints "mode=<enforcing|permissive|disabled|none> type=<hex of the policy type|none>". */
#include <selinux/selinux.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int enforce = 0;
    const char *mode = "none";
    if (selinux_getenforcemode(&enforce) == 0)
        mode = enforce == 1 ? "enforcing" : enforce == 0 ? "permissive" : "disabled";
    char *type = NULL;
    printf("mode=%s type=", mode);
    if (selinux_getpolicytype(&type) == 0) {
        for (const unsigned char *p = (const unsigned char *)type; *p; ++p) printf("%02x", *p);
        if (!*type) printf("-");
        free(type);
    } else {
        printf("none");
    }
    printf("\n");
    return 0;
}
