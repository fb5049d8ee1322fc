from django.dispatch import Signal

# Sent after the transaction that completes a module commits, with `completion`.
module_completed = Signal()
