"""The projector view (issue 16): what the whole group reads, in large type, on a
second screen or full screen over the main window. See docs/projector.md."""
