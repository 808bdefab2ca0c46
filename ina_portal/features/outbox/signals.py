from django.dispatch import Signal

# Sent with `mail` once an outgoing mail has been handed to the mail server: the record
# named by `mail.about` can note that it went out.
mail_delivered = Signal()
