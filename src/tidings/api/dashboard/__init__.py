"""The dashboard of ``tidings serve``: static HTML/JS/CSS, the bundled plotly.js, an offline base map."""

from __future__ import annotations

from tidings.api.dashboard.assets import mount_dashboard

__all__ = ["mount_dashboard"]
