LABELS = {'delete': 'Delete', 'update': 'Update'}


def label(action, params):
    mode = params.get('with')
    return LABELS.get('delete') if action == 'delete' else LABELS.get('update', 'Select a tag')
