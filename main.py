"""Start Facilitator: the GUI, or a command-line verb (``python main.py VERB …``)."""

import sys

from facilitator.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
