'use strict';
// OpenAPI document served at /api/docs (kept in code so the build has no assets).

const OPENAPI = {
  "openapi": "3.1.0",
  "info": {
    "title": "Conduit",
    "version": "1.0.0"
  },
  "paths": {
    "/api/users": {
      "get": {
        "summary": "GET users",
        "description": "Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users.",
        "responses": {
          "200": {
            "description": "200 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST users",
        "description": "Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users.",
        "responses": {
          "200": {
            "description": "200 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT users",
        "description": "Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users.",
        "responses": {
          "200": {
            "description": "200 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE users",
        "description": "Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users. Operation on users.",
        "responses": {
          "200": {
            "description": "200 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for users",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the users payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the users payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the users payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the users payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the users payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the users payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the users payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the users payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the users payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the users payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the users payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/user": {
      "get": {
        "summary": "GET user",
        "description": "Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user.",
        "responses": {
          "200": {
            "description": "200 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST user",
        "description": "Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user.",
        "responses": {
          "200": {
            "description": "200 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT user",
        "description": "Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user.",
        "responses": {
          "200": {
            "description": "200 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE user",
        "description": "Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user. Operation on user.",
        "responses": {
          "200": {
            "description": "200 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for user",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the user payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the user payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the user payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the user payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the user payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the user payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the user payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the user payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the user payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the user payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the user payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/profiles": {
      "get": {
        "summary": "GET profiles",
        "description": "Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles.",
        "responses": {
          "200": {
            "description": "200 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST profiles",
        "description": "Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles.",
        "responses": {
          "200": {
            "description": "200 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT profiles",
        "description": "Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles.",
        "responses": {
          "200": {
            "description": "200 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE profiles",
        "description": "Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles. Operation on profiles.",
        "responses": {
          "200": {
            "description": "200 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for profiles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the profiles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the profiles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the profiles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the profiles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the profiles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the profiles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the profiles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the profiles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the profiles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the profiles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the profiles payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/articles": {
      "get": {
        "summary": "GET articles",
        "description": "Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles.",
        "responses": {
          "200": {
            "description": "200 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST articles",
        "description": "Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles.",
        "responses": {
          "200": {
            "description": "200 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT articles",
        "description": "Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles.",
        "responses": {
          "200": {
            "description": "200 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE articles",
        "description": "Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles. Operation on articles.",
        "responses": {
          "200": {
            "description": "200 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for articles",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the articles payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the articles payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the articles payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the articles payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the articles payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the articles payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the articles payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the articles payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the articles payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the articles payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the articles payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/feed": {
      "get": {
        "summary": "GET feed",
        "description": "Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed.",
        "responses": {
          "200": {
            "description": "200 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST feed",
        "description": "Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed.",
        "responses": {
          "200": {
            "description": "200 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT feed",
        "description": "Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed.",
        "responses": {
          "200": {
            "description": "200 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE feed",
        "description": "Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed. Operation on feed.",
        "responses": {
          "200": {
            "description": "200 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for feed",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the feed payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the feed payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the feed payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the feed payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the feed payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the feed payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the feed payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the feed payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the feed payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the feed payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the feed payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/comments": {
      "get": {
        "summary": "GET comments",
        "description": "Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments.",
        "responses": {
          "200": {
            "description": "200 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST comments",
        "description": "Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments.",
        "responses": {
          "200": {
            "description": "200 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT comments",
        "description": "Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments.",
        "responses": {
          "200": {
            "description": "200 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE comments",
        "description": "Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments. Operation on comments.",
        "responses": {
          "200": {
            "description": "200 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for comments",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the comments payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the comments payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the comments payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the comments payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the comments payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the comments payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the comments payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the comments payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the comments payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the comments payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the comments payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/favorite": {
      "get": {
        "summary": "GET favorite",
        "description": "Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite.",
        "responses": {
          "200": {
            "description": "200 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST favorite",
        "description": "Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite.",
        "responses": {
          "200": {
            "description": "200 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT favorite",
        "description": "Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite.",
        "responses": {
          "200": {
            "description": "200 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE favorite",
        "description": "Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite. Operation on favorite.",
        "responses": {
          "200": {
            "description": "200 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for favorite",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the favorite payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the favorite payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the favorite payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the favorite payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the favorite payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the favorite payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the favorite payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the favorite payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the favorite payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the favorite payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the favorite payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/api/tags": {
      "get": {
        "summary": "GET tags",
        "description": "Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags.",
        "responses": {
          "200": {
            "description": "200 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "post": {
        "summary": "POST tags",
        "description": "Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags.",
        "responses": {
          "200": {
            "description": "200 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "put": {
        "summary": "PUT tags",
        "description": "Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags.",
        "responses": {
          "200": {
            "description": "200 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          }
        }
      },
      "delete": {
        "summary": "DELETE tags",
        "description": "Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags. Operation on tags.",
        "responses": {
          "200": {
            "description": "200 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "401 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          },
          "422": {
            "description": "422 response for tags",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "slug": {
                      "type": "string",
                      "description": "slug of the tags payload"
                    },
                    "title": {
                      "type": "string",
                      "description": "title of the tags payload"
                    },
                    "description": {
                      "type": "string",
                      "description": "description of the tags payload"
                    },
                    "body": {
                      "type": "string",
                      "description": "body of the tags payload"
                    },
                    "username": {
                      "type": "string",
                      "description": "username of the tags payload"
                    },
                    "email": {
                      "type": "string",
                      "description": "email of the tags payload"
                    },
                    "bio": {
                      "type": "string",
                      "description": "bio of the tags payload"
                    },
                    "image": {
                      "type": "string",
                      "description": "image of the tags payload"
                    },
                    "token": {
                      "type": "string",
                      "description": "token of the tags payload"
                    },
                    "createdAt": {
                      "type": "string",
                      "description": "createdAt of the tags payload"
                    },
                    "updatedAt": {
                      "type": "string",
                      "description": "updatedAt of the tags payload"
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
};

function docsRouter(Router, { sequelize }) {
  const router = new Router({ prefix: '/api' });
  router.get('/docs', (ctx) => { ctx.body = OPENAPI; });
  router.get('/tags', async (ctx) => {
    const [rows] = await sequelize.query('SELECT DISTINCT jsonb_array_elements_text("tagList"::jsonb) AS tag FROM articles ORDER BY 1');
    ctx.body = { tags: rows.map((r) => r.tag) };
  });
  return router;
}

module.exports = { OPENAPI, docsRouter };
