"""Commands that are imported and built only when they are used.

Typer builds a click command for every registered function (reading each option's annotation)
on every run, and registering the store, actor, serve and fetch commands imports their modules.
:class:`LazyCommands` is the top-level group instead: it knows which module holds each command
(``modules``) and imports the module, and builds the command, when it is run or listed — so
``tidings events`` imports the store commands' module and builds ``events`` only, and
``tidings --help`` (which lists every command) builds them all, as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from difflib import get_close_matches
from importlib import import_module
from typing import TYPE_CHECKING, ClassVar

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from typer._click import Command, Context  # Typer's own click, which its groups use


class LazyCommands(TyperGroup):
    """A Typer group whose commands in ``modules`` (command name -> module with ``register(app)``)
    are built on first use; other commands are registered on the Typer app as usual."""

    modules: ClassVar[Mapping[str, str]] = {}

    def list_commands(self, ctx: Context) -> list[str]:
        eager = [name for name in super().list_commands(ctx) if name not in self.modules]
        return [*eager, *self.modules]

    def get_command(self, ctx: Context, cmd_name: str) -> Command | None:
        module = self.modules.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            self.commands.update(self._build(module, cmd_name))
        return super().get_command(ctx, cmd_name)

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Command | None, list[str]]:
        """As Typer's, and "Did you mean ...?" also offers the commands not built yet."""
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as exc:  # a usage error: no such command
            if self.suggest_commands and args and "Did you mean" not in exc.message:
                matches = get_close_matches(args[0], self.list_commands(ctx))
                if matches:
                    exc.message = f"{exc.message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"
            raise

    def _build(self, module: str, name: str) -> Mapping[str, Command]:
        """The click command ``name`` that ``module.register`` adds, built as the main app builds its
        own (nothing when the module is absent, so a missing extension is just a command less)."""
        try:
            extension = import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            return {}
        commands = typer.Typer(rich_markup_mode=self.rich_markup_mode, pretty_exceptions_enable=False)
        extension.register(commands)
        # building a command reads every option's annotation: build only the one asked for
        commands.registered_commands = [c for c in commands.registered_commands if c.name == name]
        return typer.main.get_group(commands).commands
