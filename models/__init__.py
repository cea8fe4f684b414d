"""The shipped model, installed as the package data `scorer.models` (see setup.cfg).

The folder stays at the top of the repository, where the design card puts it; setup.cfg maps it
into the package so that an installed wheel carries the model and finds it with
importlib.resources, with no checkout.
"""
