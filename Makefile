# Shortcuts; ./dev.sh does the set-up behind each of them.
PYTHON = .venv/bin/python

.PHONY: run test setup bench bundle translations

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

# Refresh the French catalogue from the sources, then compile it; fill new entries in Qt Linguist.
TRANSLATED = stretchtimer/ui/*.py stretchtimer/ui/editor/*.py stretchtimer/cli.py stretchtimer/commands/*.py stretchtimer/localtext.py \
	stretchtimer/desk_status.py stretchtimer/core/*.py
translations: setup
	.venv/bin/pyside6-lupdate -no-obsolete $(TRANSLATED) -ts stretchtimer/i18n/stretchtimer_fr.ts
	.venv/bin/pyside6-lrelease stretchtimer/i18n/stretchtimer_fr.ts -qm stretchtimer/i18n/stretchtimer_fr.qm
