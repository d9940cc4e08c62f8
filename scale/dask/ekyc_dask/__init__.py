# SPDX-FileCopyrightText: 2026 ekyc-codes contributors
# SPDX-License-Identifier: GPL-3.0-or-later

"""Classify logs on a Dask cluster: one `ekyc-codes classify` task per file, the reports
merged with `ekyc-codes merge` in input order (docs/scale-out.md)."""
