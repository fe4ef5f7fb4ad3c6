# excerpt of https://github.com/pgorecki/python-ddd@429cd4b1ffed:src/modules/catalog/application/command/__init__.py
from .create_listing_draft import CreateListingDraftCommand

from .delete_listing_draft import DeleteListingDraftCommand

from .publish_listing_draft import PublishListingDraftCommand

from .update_listing_draft import UpdateListingDraftCommand
