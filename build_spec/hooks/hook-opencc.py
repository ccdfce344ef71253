"""OpenCC with only the conversion the kiosk makes and its dictionaries (see build.py)."""

from innokiosk_build import opencc_files

datas = opencc_files()
