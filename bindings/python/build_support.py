"""Build support shared by bindings/python/setup.py and the root setup.py.

Builds the extension pilkada._capi from source with only the system C
compiler and SWIG (no CMake, no network):

1. read libpilkada/CMakeLists.txt for the library sources (PK_CORE_SOURCES,
   PK_TABLE_SOURCES), the generator's sources (add_executable(pkgen ...)
   plus PK_GEN_ONLY_SOURCES, which the extension leaves out)
   and the pk_generate(<out.c> <kind> <inputs...>) calls, so the package
   always builds exactly what CMake builds;
2. write include/pilkada/version.h from version.h.in and project(VERSION);
3. compile tools/pkgen with the core sources and run it on the data files;
4. run SWIG on bindings/python/pilkada.i;
5. compile the wrapper, the library sources and the generated tables into
   one extension module.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sysconfig
from concurrent.futures import ThreadPoolExecutor
from typing import Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


def _cmake_text(path: str) -> str:
    with open(path, encoding="utf-8") as f:
        return "\n".join(line.split("#", 1)[0] for line in f)


def _expand(word: str) -> str:
    return word.replace("${PROJECT_SOURCE_DIR}", ROOT)


def library_layout(root: str = ROOT) -> Dict[str, object]:
    """Sources and generator calls of libpilkada/CMakeLists.txt."""
    text = _cmake_text(os.path.join(root, "libpilkada", "CMakeLists.txt"))

    def set_list(name: str) -> List[str]:
        m = re.search(r"set\(\s*%s\s+([^)]*)\)" % name, text)
        if not m:
            raise RuntimeError("libpilkada/CMakeLists.txt: no set(%s ...)" % name)
        return [os.path.join(root, "libpilkada", _expand(w)) for w in m.group(1).split()]

    m = re.search(r"add_executable\(\s*pkgen\s+([^)]*)\)", text)
    if not m:
        raise RuntimeError("libpilkada/CMakeLists.txt: no add_executable(pkgen ...)")
    pkgen = [_expand(w) for w in m.group(1).split()]
    gens: List[Tuple[str, str, List[str]]] = []
    for call in re.finditer(r"^\s*pk_generate\(\s*(\S+)\s+(\S+)\s+([^)]*)\)", text, re.M):
        out, kind, inputs = call.group(1), call.group(2), call.group(3).split()
        if out.startswith("<"):
            continue
        gens.append((out, kind, [_expand(w) for w in inputs]))
    ver = re.search(r"project\(\s*\w+\s+VERSION\s+(\d+)\.(\d+)\.(\d+)",
                    _cmake_text(os.path.join(root, "CMakeLists.txt")))
    if not ver:
        raise RuntimeError("CMakeLists.txt: no project(... VERSION x.y.z)")
    with open(os.path.join(root, "data", "VERSION"), encoding="utf-8") as f:
        data_version = f.readline().strip()
    return {"core": set_list("PK_CORE_SOURCES"), "tables": set_list("PK_TABLE_SOURCES"),
            "gen_only": set_list("PK_GEN_ONLY_SOURCES"),
            "pkgen": pkgen, "generate": gens, "version": tuple(int(x) for x in ver.groups()),
            "data_version": data_version}


def _cc() -> List[str]:
    cc = os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc"
    return shlex.split(cc)


def _run(cmd: List[str], cwd: str = ROOT) -> None:
    print(" ".join(cmd))
    subprocess.check_call(cmd, cwd=cwd)


def prepare(build_dir: str) -> Dict[str, object]:
    """Steps 1-4: returns the sources, include dirs and macros of the extension."""
    lay = library_layout()
    os.makedirs(build_dir, exist_ok=True)
    inc = os.path.join(build_dir, "include")
    gen = os.path.join(build_dir, "generated")
    os.makedirs(os.path.join(inc, "pilkada"), exist_ok=True)
    os.makedirs(gen, exist_ok=True)

    major, minor, patch = lay["version"]  # type: ignore[misc]
    with open(os.path.join(ROOT, "include", "pilkada", "version.h.in"), encoding="utf-8") as f:
        vh = f.read()
    for k, v in {"PROJECT_VERSION_MAJOR": major, "PROJECT_VERSION_MINOR": minor,
                 "PROJECT_VERSION_PATCH": patch,
                 "PROJECT_VERSION": "%d.%d.%d" % (major, minor, patch)}.items():
        vh = vh.replace("@%s@" % k, str(v))
    with open(os.path.join(inc, "pilkada", "version.h"), "w", encoding="utf-8") as f:
        f.write(vh)

    includes = [os.path.join(ROOT, "include"), inc, os.path.join(ROOT, "libpilkada")]
    pkgen = os.path.join(build_dir, "pkgen")
    _run(_cc() + ["-O1", "-o", pkgen]
         + ["-I" + d for d in includes + [os.path.join(ROOT, "tools", "pkgen"), os.path.join(ROOT, "tools", "common")]]
         + ["-DPK_BUILDING_LIBRARY"] + lay["pkgen"] + lay["core"] + lay["gen_only"] + ["-lm"])  # type: ignore[operator]
    generated = []
    for out, kind, inputs in lay["generate"]:  # type: ignore[attr-defined]
        target = os.path.join(gen, out)
        _run([pkgen, kind, "-o", target] + inputs)
        generated.append(target)

    swig = shutil.which(os.environ.get("SWIG", "swig"))
    if not swig:
        raise RuntimeError("SWIG (>= 4) is needed to build the bindings: apt-get install swig")
    wrap = os.path.join(build_dir, "capi_wrap.c")
    pkg_out = os.path.join(build_dir, "swig_py")
    os.makedirs(pkg_out, exist_ok=True)
    _run([swig, "-python", "-builtin", "-doxygen", "-I" + os.path.join(ROOT, "include"), "-I" + inc,
          "-o", wrap, "-outdir", pkg_out, os.path.join(HERE, "pilkada.i")])
    return {"sources": [wrap] + lay["core"] + lay["tables"] + generated,  # type: ignore[operator]
            "include_dirs": includes,
            "define_macros": [("PK_DATA_VERSION_STRING", '"%s"' % lay["data_version"])],
            "capi_py": os.path.join(pkg_out, "capi.py"),
            "version": "%d.%d.%d" % (major, minor, patch)}


def setup_kwargs(package_dir: str) -> Dict[str, object]:
    """Keyword arguments of setuptools.setup() for the package in ``package_dir``."""
    from setuptools import Extension
    from setuptools.command.build_ext import build_ext
    from setuptools.command.build_py import build_py

    build_dir = os.environ.get("PK_PY_BUILD_DIR") or os.path.join(ROOT, "build", "pk-python")
    state: Dict[str, object] = {}

    def ensure() -> Dict[str, object]:
        if not state:
            state.update(prepare(build_dir))
        return state

    class BuildExt(build_ext):  # type: ignore[misc]
        def run(self) -> None:
            st = ensure()
            for ext in self.extensions:
                ext.sources = list(st["sources"])  # type: ignore[call-overload]
                ext.include_dirs = list(st["include_dirs"])  # type: ignore[call-overload]
                ext.define_macros = list(st["define_macros"])  # type: ignore[call-overload]
            super().run()

        def build_extension(self, ext: Extension) -> None:
            # distutils compiles the sources of one extension one after the
            # other; the library is ~40 files, one of them a 20 MB table:
            # compile them side by side, one per core (PK_PY_JOBS overrides).
            jobs = int(os.environ.get("PK_PY_JOBS") or os.cpu_count() or 1)
            serial = self.compiler.compile

            def compile_parallel(sources: List[str], *args: object, **kwargs: object) -> List[str]:
                if jobs <= 1 or len(sources) <= 1:
                    return list(serial(sources, *args, **kwargs))
                # the biggest file first, so it does not start last
                order = sorted(sources, key=lambda f: -os.path.getsize(f) if os.path.exists(f) else 0)
                with ThreadPoolExecutor(max_workers=jobs) as pool:
                    done = dict(zip(order, pool.map(lambda f: serial([f], *args, **kwargs), order)))
                return [obj for f in sources for obj in done[f]]

            self.compiler.compile = compile_parallel
            super().build_extension(ext)

    class BuildPy(build_py):  # type: ignore[misc]
        def run(self) -> None:
            super().run()
            st = ensure()
            dest = os.path.join(self.build_lib, "pilkada")
            os.makedirs(dest, exist_ok=True)
            shutil.copy(str(st["capi_py"]), os.path.join(dest, "capi.py"))

    ext = Extension("pilkada._capi", sources=["bindings/python/pilkada.i"],
                    extra_compile_args=["-Wno-unused-parameter", "-Wno-missing-field-initializers"])
    version = "%d.%d.%d" % library_layout()["version"]  # type: ignore[str-format]
    return {
        "name": "pilkada",
        "version": version,
        "description": "Calendar and rules of Indonesia's regional-head elections (libpilkada bindings)",
        "packages": ["pilkada"],
        "package_dir": {"pilkada": package_dir},
        "package_data": {"pilkada": ["py.typed", "*.pyi"]},
        "ext_modules": [ext],
        "cmdclass": {"build_ext": BuildExt, "build_py": BuildPy},
        "python_requires": ">=3.8",
        "zip_safe": False,
    }
