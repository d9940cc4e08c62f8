# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

import sys

from ekyc_dask.cli import main

# The guard matters: a local cluster's worker processes are spawned and import this module.
if __name__ == "__main__":
    sys.exit(main())
