"""make bench's staff session: sets the password of a new account through its one-time link and
signs in through the real pages, as a browser would; prints the Cookie header to send.

Usage: bench_signin.py BASE LINK EMAIL
"""
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

PASSWORD = "Banc d'essai sur la Grand-Place"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def main():
    base, link, email = sys.argv[1:4]
    path = link[link.index("/fr/"):]
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def csrf(page):
        html = opener.open(base + page).read().decode()
        return re.search(r'name="csrf" value="([^"]+)"', html).group(1)

    def post(action, fields, page):
        data = urllib.parse.urlencode({**fields, "csrf": csrf(page)}).encode()
        req = urllib.request.Request(base + action, data=data, headers={"Origin": base})
        try:
            opener.open(req)
        except urllib.error.HTTPError as e:
            if e.code != 303:
                sys.exit(f"bench_signin: {action} answered {e.code}")

    post(path, {"password": PASSWORD, "password2": PASSWORD}, path)
    post("/fr/staff/login", {"email": email, "password": PASSWORD}, "/fr/staff/login")
    if opener.open(base + "/fr/staff").status != 200:
        sys.exit("bench_signin: not signed in")
    print("; ".join(f"{c.name}={c.value}" for c in jar))


main()
