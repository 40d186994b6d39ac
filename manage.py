#!/usr/bin/env python
from academy.__main__ import main

if __name__ == "__main__":
    main()
