# Shortcuts; ./dev.sh does the set-up behind each of them.
PYTHON = .venv/bin/python

.PHONY: run test setup bench bundle

run:
	./dev.sh run

test:
	./dev.sh test

setup:
	./dev.sh setup

# Benchmarks print ratios against a baseline measured in the same run; not part of the tests.
bench: setup
	$(PYTHON) bench/scale.py
	$(PYTHON) bench/cue_timing.py
	$(PYTHON) bench/desktop.py

bundle: setup
	bash packaging/build.sh --smoke
