"""A table generated from the content and committed to the docs: write it, or check that the
committed copy is current and report the problems found in the content."""


def write_or_check(mode, path, generated, problems, summary):
    """--write: (re)write `path`. --check: print `problems` (plus a stale `path`) and `summary`;
    the exit status is 1 when there is any problem."""
    if mode == "--write":
        with open(path, "w") as stream:
            stream.write(generated)
        return 0
    problems = list(problems)
    with open(path) as stream:
        if stream.read() != generated:
            problems.append("%s is out of date: regenerate it with --write" % path)
    for problem in problems:
        print(problem)
    print("%s, %d problems" % (summary, len(problems)))
    return 1 if problems else 0
