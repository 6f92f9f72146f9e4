"""Chart builders: plain data in, a ``matplotlib.figure.Figure`` out.

The builders live in submodules (``digiwandel.charts.maturity``) and import matplotlib
themselves. This package file deliberately imports nothing, so that start-up stays light:
the UI imports a builder module only when a chart is first shown and embeds the returned
figure with ``FigureCanvasQTAgg``; PDF reports draw the very same figures as vector graphics.

House rules for every builder:

* construct ``Figure(...)`` directly - never pyplot, never a Qt backend import here;
* every visible text (titles, axis labels, legend entries, "too few answers") is passed in
  by the caller, already translated - the builders only add numbers;
* charts stay readable in grey print: series differ by line style, marker and hatching,
  and values are printed as labels, so colour never carries meaning alone.
"""
