"""Executes one Jupyter notebook headlessly with nbclient and writes the executed copy.

Usage: python3 executeNotebook.py NOTEBOOK OUTPUT [CELL_TIMEOUT_SECONDS]

The kernel is the one the notebook's metadata names (kernelspec.name), found on JUPYTER_PATH; the
working directory is the notebook's folder. Exits 1 on the first cell error (the executed copy,
up to that cell, is still written), 2 when nbclient is not installed.
Called by `node test/notebooks/runNotebooks.mjs --client nbclient`, which CI runs after npm test as
a second check of the Node client (executeNotebook.mjs). Debian's python3-nbclient provides
nbclient (apt-get install --no-install-recommends python3-nbclient).
"""
import os
import sys

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
except ImportError as e:
    print(f"{sys.executable} cannot import nbclient ({e}); install Debian's python3-nbclient", file=sys.stderr)
    sys.exit(2)


def main() -> int:
    source, output = sys.argv[1], sys.argv[2]
    timeout = int(sys.argv[3]) if len(sys.argv) > 3 else 120
    nb = nbformat.read(source, as_version=4)
    kernel = nb.metadata.get("kernelspec", {}).get("name")
    if not kernel:
        print(f"{source}: metadata.kernelspec.name is missing", file=sys.stderr)
        return 1
    client = NotebookClient(
        nb,
        timeout=timeout,
        startup_timeout=120,
        kernel_name=kernel,
        allow_errors=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(source))}},
    )
    status = 0
    try:
        client.execute()
    except CellExecutionError as e:
        print(str(e), file=sys.stderr)
        status = 1
    finally:
        nbformat.write(nb, output)
    return status


if __name__ == "__main__":
    sys.exit(main())
