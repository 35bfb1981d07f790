"""The GitHub Actions workflow (.github/workflows/build.yml), which cannot run here:
checked against GitHub's workflow schema (check-jsonschema's copy, offline), parsed,
and read for what it must do: build on each system's own runner, run the smoke test on
each, upload what users download, with the names the spec and the scripts give."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.packaging_modules import load

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BUILD = ROOT / ".github" / "workflows" / "build.yml"
# Official actions, pinned to a major version (a moving tag that only takes fixes).
PINNED = {"actions/checkout": "v4", "actions/setup-python": "v5", "actions/upload-artifact": "v4"}
VERSION_EXPRESSION = "${{ steps.version.outputs.version }}"

options_module = load("facilitator_spec_options", ROOT / "packaging" / "spec_options.py")


def check_jsonschema(*files: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with GitHub's workflow schema as the package ships it. Every
    proxy points at a closed port: a download attempt would fail the check."""
    program = Path(sys.executable).with_name("check-jsonschema")
    env = {
        **os.environ,
        "HTTP_PROXY": "http://127.0.0.1:9",
        "HTTPS_PROXY": "http://127.0.0.1:9",
        "http_proxy": "http://127.0.0.1:9",
        "https_proxy": "http://127.0.0.1:9",
        "NO_PROXY": "",
        "no_proxy": "",
    }
    return subprocess.run(
        [str(program), "--builtin-schema", "vendor.github-workflows", *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def workflow(path: Path = BUILD) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def steps_of(job: str) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = workflow()["jobs"][job]["steps"]
    return steps


def commands(job: str) -> str:
    return "\n".join(str(step.get("run", "")) for step in steps_of(job))


def test_the_workflows_pass_githubs_schema_offline() -> None:
    assert WORKFLOWS == [BUILD]
    result = check_jsonschema(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok -- validation done" in result.stdout


def test_the_schema_check_finds_a_broken_workflow(tmp_path: Path) -> None:
    """The check is not a formality: a job without a runner, or a step that is neither
    an action nor a command, fails it."""
    text = BUILD.read_text(encoding="utf-8")
    no_runner = tmp_path / "no-runner.yml"
    no_runner.write_text(text.replace("    runs-on: macos-latest\n", "", 1), encoding="utf-8")
    bad_step = tmp_path / "bad-step.yml"
    bad_step.write_text(
        text.replace(
            "      - uses: actions/checkout@v4\n", "      - usses: actions/checkout@v4\n", 1
        ),
        encoding="utf-8",
    )
    for broken in (no_runner, bad_step):
        assert broken.read_text(encoding="utf-8") != text
        result = check_jsonschema(broken)
        assert result.returncode == 1, broken.name
        assert "Schema validation errors" in result.stdout, result.stdout


def test_each_system_builds_on_its_own_runner() -> None:
    jobs = workflow()["jobs"]
    assert {name: job["runs-on"] for name, job in jobs.items()} == {
        "windows": "windows-latest",
        "macos": "macos-latest",
        "linux": "ubuntu-22.04",
    }
    for name, job in jobs.items():
        assert 0 < job["timeout-minutes"] <= 90, name


def test_official_actions_pinned_to_a_major_version() -> None:
    used = [step["uses"] for job in workflow()["jobs"] for step in steps_of(job) if "uses" in step]
    assert used
    for action in used:
        name, _, version = action.partition("@")
        assert PINNED.get(name) == version, action
    for job in workflow()["jobs"]:
        (setup,) = [
            s for s in steps_of(job) if s.get("uses", "").startswith("actions/setup-python")
        ]
        assert setup["with"]["python-version"] == "${{ env.PYTHON_VERSION }}"
    assert workflow()["env"]["PYTHON_VERSION"] == "3.11"


def test_each_job_runs_the_smoke_test() -> None:
    assert "--smoke-test" in commands("windows")
    assert "--smoke-test" in commands("macos")
    # Linux: .ci/build-bundle runs the bundle's, .ci/test-deb the installed package's.
    linux = commands("linux")
    for script in (".ci/build-deb", ".ci/test-deb"):
        assert f"bash {script}" in linux
    assert "--smoke-test" in (ROOT / ".ci" / "build-bundle").read_text(encoding="utf-8")
    assert "--smoke-test" in (ROOT / ".ci" / "test-deb").read_text(encoding="utf-8")
    assert "build-bundle" in (ROOT / ".ci" / "build-deb").read_text(encoding="utf-8")
    assert workflow()["env"]["QT_QPA_PLATFORM"] == "offscreen"


def test_the_windows_job_runs_both_programs_the_spec_makes() -> None:
    options = options_module.options_for("win32", ROOT)
    folder = options.folder.replace(options.version, VERSION_EXPRESSION)
    run = commands("windows")
    gui, cli = options.executables
    assert f"dist\\{folder}\\{cli.name}.exe --smoke-test" in run
    assert f'"dist\\{folder}\\{gui.name}.exe"' in run
    assert '-ArgumentList "--smoke-test" -Wait -PassThru' in run
    assert "$run.ExitCode -ne 0" in run
    assert f"dist/{folder} dist/{folder}-windows-portable.zip" in run
    assert options.archive == f"{options.folder}-windows-portable.zip"
    assert "packaging\\windows\\facilitator.iss" in run
    assert "HKCU:\\Software\\Classes\\Facilitator.Atelier" in run


def test_the_macos_job_runs_the_app_it_builds() -> None:
    options = options_module.options_for("darwin", ROOT)
    run = commands("macos")
    assert (
        f"dist/{options.bundle_name}/Contents/MacOS/{options.executables[0].name} --smoke-test"
        in run
    )
    assert "hdiutil create" in run
    assert options.archive is not None
    dmg = options.archive.replace(options.version, VERSION_EXPRESSION)
    assert f'"dist/{dmg}"' in run
    assert "codesign --verify" in run
    # Signed before the smoke test: what is tested is what is shipped.
    names = [step.get("name", "") for step in steps_of("macos")]
    assert names.index("Smoke test") > names.index(
        "Sign ad hoc (no Apple identity) and check the bundle"
    )


def test_every_file_the_workflow_names_exists() -> None:
    text = BUILD.read_text(encoding="utf-8")
    named = set(re.findall(r"(?:\.ci|packaging)[/\\][\w./\\-]+\.?\w*", text)) | {
        "build_installer.spec"
    }
    assert ".ci/test-deb" in named
    for name in named:
        assert (ROOT / name.replace("\\", "/")).is_file(), name


def test_the_artifacts_are_what_users_download() -> None:
    uploads = {
        job: next(
            s for s in steps_of(job) if s.get("uses", "").startswith("actions/upload-artifact")
        )
        for job in workflow()["jobs"]
    }
    for job, step in uploads.items():
        assert step["with"]["if-no-files-found"] == "error", job
    assert "-windows-portable.zip" in uploads["windows"]["with"]["path"]
    assert "-windows-setup.exe" in uploads["windows"]["with"]["path"]
    assert uploads["macos"]["with"]["path"] == "dist/*-macos.dmg"
    assert uploads["linux"]["with"]["path"] == "dist/*.deb"
    # .ci/build-deb writes dist/facilitator_VERSION_ARCH.deb
    assert 'deb="dist/facilitator_${version}_${arch}.deb"' in (
        ROOT / ".ci" / "build-deb"
    ).read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_the_linux_jobs_scripts_are_valid_bash() -> None:
    for script in ("build-bundle", "build-deb", "test-deb"):
        result = subprocess.run(
            ["bash", "-n", str(ROOT / ".ci" / script)], capture_output=True, text=True
        )
        assert result.returncode == 0, script + result.stderr


def test_windows_and_macos_run_the_platform_tests_on_the_real_system() -> None:
    """The tests that skip here (the real hidden attribute, F_FULLFSYNC, a refused
    rename) run where they mean something."""
    for job in ("windows", "macos"):
        run = commands(job)
        (line,) = [line for line in run.splitlines() if "pytest" in line]
        named = re.findall(r"tests/[\w/]+\.py", line)
        assert "tests/storage/test_lock.py" in named
        assert "tests/storage/test_platform_writes.py" in named
        for name in named:
            assert (ROOT / name).is_file(), name
        assert '.[test]"' in run


def test_the_linux_job_installs_every_tool_build_deb_needs() -> None:
    """.ci/build-deb stops at once without one of its tools (patchelf was missing from
    the job); the packages it names in its own hint are all installed by the job."""
    script = (ROOT / ".ci" / "build-deb").read_text(encoding="utf-8")
    (hint,) = re.findall(r'echo "  apt-get install ([\w .+-]+?)   ', script)
    needed = hint.split()
    assert {"dpkg-dev", "binutils", "patchelf", "librsvg2-bin"} <= set(needed)
    (install,) = [
        line
        for line in commands("linux").replace("\\\n", " ").splitlines()
        if "apt-get install" in line
    ]
    installed = set(install.split())
    for package in needed:
        assert package in installed, package
