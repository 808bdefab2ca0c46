"""What a list's filter form offers its reader."""


def offered_goals(form):
    """The goal numbers in the form's goal select, in their order, without "All goals"."""
    return [int(str(value)) for value, _label in form.fields["goal"].widget.choices if value]
